// Report spiking: someone put drugs or alcohol into a drink, or injected someone, without their knowledge.
import { is, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

export default defineService({
  id: 'spiking',
  version: 1,
  title: t('Report spiking', 'Rhoi gwybod am sbeicio'),
  description: t(
    'You think someone put drugs or alcohol in your drink, or injected you, without you knowing.',
    'Rydych yn meddwl bod rhywun wedi rhoi cyffuriau neu alcohol yn eich diod, neu wedi eich chwistrellu, heb i chi wybod.',
  ),
  category: 'crime',
  quickExit: false,
  declaration: 'truth',
  queue: 'volume-crime',
  questions: [
    c.danger,
    {
      id: 'needs-help-now',
      type: 'yes-no',
      text: t('Does anyone need medical help right now?', 'A oes angen help meddygol ar unrhyw un ar hyn o bryd?'),
      hint: t(
        'For example, they are very drowsy or confused, being sick, or finding it hard to breathe.',
        'Er enghraifft, maent yn gysglyd iawn neu’n ddryslyd, yn chwydu, neu’n ei chael hi’n anodd anadlu.',
      ),
      required: t('Select yes if anyone needs medical help right now', 'Dewiswch ie os oes angen help meddygol ar unrhyw un ar hyn o bryd'),
    },
    {
      id: 'method',
      type: 'single-choice',
      text: t('How do you think it happened?', 'Sut ydych chi’n meddwl y digwyddodd?'),
      options: [
        opt('drink', 'Something was put in a drink', 'Rhoddwyd rhywbeth mewn diod'),
        opt('needle', 'With a needle or injection', 'Gyda nodwydd neu bigiad'),
        opt('other', 'Another way', 'Mewn ffordd arall'),
        opt('not-sure', 'I do not know', 'Dydw i ddim yn gwybod'),
      ],
      required: t('Select how you think it happened', 'Dewiswch sut rydych chi’n meddwl y digwyddodd'),
    },
    {
      id: 'recent',
      type: 'yes-no',
      text: t('Did it happen in the last 3 days?', 'A ddigwyddodd yn ystod y 3 diwrnod diwethaf?'),
      hint: t('Some drugs can only be found in a urine or blood sample for a few days.', 'Dim ond am ychydig ddyddiau y gellir dod o hyd i rai cyffuriau mewn sampl wrin neu waed.'),
      required: t('Select yes if it happened in the last 3 days', 'Dewiswch ie os digwyddodd yn ystod y 3 diwrnod diwethaf'),
    },
    {
      id: 'venue',
      type: 'short-text',
      optional: true,
      text: t('What is the name of the place where it happened?', 'Beth yw enw’r lle y digwyddodd?'),
      hint: t('For example, the name of a pub, club or event. Leave this blank if it was not a venue.', 'Er enghraifft, enw tafarn, clwb neu ddigwyddiad. Gadewch hwn yn wag os nad oedd yn lleoliad.'),
      subject: t('the name of the place', 'enw’r lle'),
    },
    c.postcode,
    c.where,
    c.whenDate,
    c.victimAge(),
    c.disability(),
    c.suspectKnown,
    c.suspectName,
    c.suspectDescription,
    c.evidence,
    c.evidenceFiles,
    c.details,
    c.contact(),
    c.truth,
  ],
  stops: [
    c.stopDanger,
    {
      id: 'spiking.needs-help-now',
      when: yes('needs-help-now'),
      outcome: 'EMERGENCY',
      reason: t('Someone needs medical help now.', 'Mae angen help meddygol ar rywun nawr.'),
    },
  ],
  assess: [
    c.baseline('spiking.reported', 'Someone was spiked.', 'Cafodd rhywun ei sbeicio.', { harm: 2, threat: 2 }),
    {
      id: 'spiking.needle',
      when: is('method', 'needle'),
      reason: t('A needle was used, so there is a risk of infection and they may need health advice.', 'Defnyddiwyd nodwydd, felly mae risg o haint ac efallai y bydd angen cyngor iechyd arnynt.'),
      flags: ['injury'],
      thrive: { harm: 1 },
      atLeast: 'high',
    },
    {
      id: 'spiking.recent',
      when: yes('recent'),
      reason: t('It happened in the last 3 days, so a sample may still show the drug.', 'Digwyddodd yn ystod y 3 diwrnod diwethaf, felly efallai y bydd sampl yn dal i ddangos y cyffur.'),
      thrive: { investigation: 3 },
      atLeast: 'high',
    },
    {
      id: 'spiking.venue',
      when: { q: 'venue', given: true },
      reason: t('It happened at a named venue, which may have CCTV and staff who saw it.', 'Digwyddodd mewn lleoliad a enwyd, a allai fod â theledu cylch cyfyng a staff a’i gwelodd.'),
      thrive: { investigation: 1 },
    },
    c.childRule,
    c.olderRule,
    c.disabilityRule,
    ...c.investigationRules,
  ],
})
