// Report antisocial behaviour. Noise, fly-tipping and abandoned vehicles are for the council, which is
// found from the postcode (asked first for that reason). Anonymous reports are accepted.
import { all, is, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const targeted = yes('targeted')
const council = (id: string, value: string, en: string, cy: string) => ({
  id,
  when: is('kind', value),
  outcome: 'REDIRECT' as const,
  agency: 'local-council' as const,
  why: t(en, cy),
})

export default defineService({
  id: 'antisocial-behaviour',
  version: 3,
  title: t('Report antisocial behaviour', 'Rhoi gwybod am ymddygiad gwrthgymdeithasol'),
  description: t(
    'Behaviour that causes harassment, alarm or distress, such as rowdy groups, drug dealing or dangerous driving.',
    'Ymddygiad sy’n achosi aflonyddu, braw neu ofid, fel grwpiau swnllyd, delio cyffuriau neu yrru peryglus.',
  ),
  category: 'incident',
  quickExit: false,
  declaration: 'none',
  queue: 'antisocial-behaviour',
  questions: [
    c.danger,
    c.postcode,
    c.where,
    {
      id: 'kind',
      type: 'single-choice',
      text: t('What is it about?', 'Am beth mae’n ymwneud?'),
      options: [
        opt('rowdy', 'Rowdy, threatening or drunken behaviour', 'Ymddygiad swnllyd, bygythiol neu feddw'),
        opt('drugs', 'Drug use or dealing', 'Defnyddio neu ddelio cyffuriau'),
        opt('vehicles', 'Vehicles driven in a dangerous or antisocial way', 'Cerbydau’n cael eu gyrru mewn ffordd beryglus neu wrthgymdeithasol'),
        opt('noise', 'Noise from a neighbour, party or business', 'Sŵn gan gymydog, parti neu fusnes'),
        opt('fly-tipping', 'Fly-tipping or dumped rubbish', 'Tipio anghyfreithlon neu sbwriel wedi’i adael'),
        opt('abandoned-vehicle', 'An abandoned vehicle', 'Cerbyd wedi’i adael'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what it is about', 'Dewiswch am beth mae’n ymwneud'),
    },
    {
      id: 'ongoing',
      type: 'yes-no',
      cyAnswer: 'ydy',
      text: t('Is it still going on?', 'A yw’n dal i ddigwydd?'),
      required: t('Select yes if it is still going on', 'Dewiswch ‘Ydy’ os yw’n dal i ddigwydd'),
    },
    {
      id: 'frequency',
      type: 'single-choice',
      text: t('How often does it happen?', 'Pa mor aml mae’n digwydd?'),
      options: [
        opt('once', 'This is the first time', 'Dyma’r tro cyntaf'),
        opt('weekly', 'Every week or so', 'Bob wythnos neu fwy neu lai'),
        opt('daily', 'Most days', 'Y rhan fwyaf o ddyddiau'),
      ],
      required: t('Select how often it happens', 'Dewiswch pa mor aml mae’n digwydd'),
    },
    {
      id: 'targeted',
      type: 'yes-no',
      cyAnswer: 'ydy',
      text: t('Is it aimed at you or your household?', 'A yw wedi’i anelu atoch chi neu eich aelwyd?'),
      required: t('Select yes if it is aimed at you or your household', 'Dewiswch ‘Ydy’ os yw wedi’i anelu atoch chi neu eich aelwyd'),
    },
    {
      id: 'hate',
      type: 'yes-no',
      cyAnswer: 'ydw',
      when: targeted,
      text: t('Do you think it is because of who you are?', 'A ydych chi’n meddwl ei fod oherwydd pwy ydych chi?'),
      hint: t('For example, because of your race, religion, disability, sexual orientation or because you are transgender.', 'Er enghraifft, oherwydd eich hil, crefydd, anabledd, cyfeiriadedd rhywiol neu oherwydd eich bod yn drawsryweddol.'),
      required: t('Select yes if you think it is because of who you are', 'Dewiswch ‘Ydw’ os ydych yn meddwl ei fod oherwydd pwy ydych chi'),
    },
    c.victimAge(targeted),
    c.disability(targeted),
    c.whenDate,
    { ...c.suspectKnown, text: t('Do you know who is doing it?', 'A ydych chi’n gwybod pwy sy’n gwneud hyn?') },
    c.suspectName,
    c.suspectDescription,
    c.evidence,
    c.evidenceFiles,
    c.details,
    c.contact(true),
  ],
  stops: [
    c.stopDanger,
    council('asb.noise', 'noise', 'Councils deal with noise from homes and businesses, and can visit or serve notices.', 'Cynghorau sy’n delio â sŵn o gartrefi a busnesau, a gallant ymweld neu gyflwyno hysbysiadau.'),
    council('asb.fly-tipping', 'fly-tipping', 'Councils clear fly-tipping and can fine the people who did it.', 'Cynghorau sy’n clirio tipio anghyfreithlon a gallant ddirwyo’r bobl a’i gwnaeth.'),
    council('asb.abandoned-vehicle', 'abandoned-vehicle', 'Councils deal with abandoned vehicles.', 'Cynghorau sy’n delio â cherbydau wedi’u gadael.'),
  ],
  assess: [
    c.baseline('asb.reported', 'Antisocial behaviour was reported.', 'Rhoddwyd gwybod am ymddygiad gwrthgymdeithasol.', { harm: 1 }),
    {
      id: 'asb.ongoing',
      when: yes('ongoing'),
      reason: t('It is still going on, so the people doing it may still be there.', 'Mae’n dal i ddigwydd, felly efallai bod y bobl sy’n gwneud hyn yn dal yno.'),
      flags: ['suspect-present'],
      thrive: { threat: 1 },
    },
    {
      id: 'asb.persistent',
      when: is('frequency', 'daily'),
      reason: t('It happens most days.', 'Mae’n digwydd y rhan fwyaf o ddyddiau.'),
      flags: ['repeat-victim'],
      thrive: { risk: 2, harm: 1 },
    },
    {
      id: 'asb.targeted',
      when: targeted,
      reason: t('It is aimed at the person reporting or their household (personal antisocial behaviour).', 'Mae wedi’i anelu at yr unigolyn sy’n rhoi gwybod neu ei aelwyd (ymddygiad gwrthgymdeithasol personol).'),
      thrive: { risk: 2, threat: 1 },
      atLeast: 'medium',
    },
    {
      id: 'asb.hate',
      when: all(targeted, yes('hate')),
      reason: t('They think it is because of who they are (hate incident).', 'Maent yn meddwl ei fod oherwydd pwy ydyn nhw (digwyddiad casineb).'),
      flags: ['hate-motivation'],
      thrive: { harm: 1, vulnerability: 1 },
      queue: 'hate-crime',
    },
    {
      id: 'asb.drugs',
      when: is('kind', 'drugs'),
      reason: t('It involves drug use or dealing.', 'Mae’n ymwneud â defnyddio neu ddelio cyffuriau.'),
      thrive: { harm: 1 },
    },
    {
      id: 'asb.vehicles',
      when: is('kind', 'vehicles'),
      reason: t('Vehicles are being driven dangerously.', 'Mae cerbydau’n cael eu gyrru’n beryglus.'),
      thrive: { risk: 1 },
      queue: 'roads-policing',
    },
    c.childRule,
    c.olderRule,
    c.disabilityRule,
    ...c.investigationRules,
    c.anonymousRule,
  ],
})
