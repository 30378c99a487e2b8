// Report a burglary: someone broke in, or tried to, to steal or do damage.
import { all, is, no, not, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const home = is('premises', 'home')

export default defineService({
  id: 'burglary',
  version: 1,
  title: t('Report a burglary', 'Rhoi gwybod am fyrgleriaeth'),
  description: t(
    'Someone broke into, or tried to break into, your home, garage, shed or business.',
    'Torrodd rhywun i mewn, neu geisio torri i mewn, i’ch cartref, garej, sied neu fusnes.',
  ),
  category: 'crime',
  quickExit: false,
  declaration: 'truth',
  queue: 'volume-crime',
  questions: [
    c.danger,
    c.happeningNow,
    c.suspectNearby,
    {
      id: 'premises',
      type: 'single-choice',
      text: t('Where did they break in, or try to?', 'Ble wnaethon nhw dorri i mewn, neu geisio gwneud hynny?'),
      options: [
        opt('home', 'My home', 'Fy nghartref'),
        opt('outbuilding', 'A garage, shed or outbuilding', 'Garej, sied neu adeilad allanol'),
        opt('business', 'A shop, office or other business', 'Siop, swyddfa neu fusnes arall'),
        opt('other', 'Somewhere else', 'Rhywle arall'),
      ],
      required: t('Select where they broke in', 'Dewiswch ble wnaethon nhw dorri i mewn'),
    },
    {
      id: 'got-in',
      type: 'yes-no',
      text: t('Did they get inside?', 'A wnaethon nhw fynd i mewn?'),
      required: t('Select yes if they got inside', 'Dewiswch ie os aethon nhw i mewn'),
    },
    {
      id: 'occupied',
      type: 'yes-no',
      when: yes('got-in'),
      text: t('Was anyone inside at the time?', 'A oedd unrhyw un y tu mewn ar y pryd?'),
      required: t('Select yes if anyone was inside', 'Dewiswch ie os oedd unrhyw un y tu mewn'),
    },
    {
      id: 'weapon',
      type: 'yes-no',
      when: yes('occupied'),
      text: t('Did they have a weapon, or say they had one?', 'A oedd ganddynt arf, neu a ddywedon nhw fod ganddynt un?'),
      required: t('Select yes if they had a weapon or said they had one', 'Dewiswch ie os oedd ganddynt arf neu os dywedon nhw fod ganddynt un'),
    },
    {
      id: 'stolen',
      type: 'long-text',
      maxLength: 1000,
      optional: true,
      when: yes('got-in'),
      text: t('What was stolen?', 'Beth gafodd ei ddwyn?'),
      hint: t('List the main things, with serial numbers if you have them. Leave this blank if nothing was taken.', 'Rhestrwch y prif bethau, gyda rhifau cyfresol os oes gennych nhw. Gadewch hwn yn wag os na chafodd dim ei gymryd.'),
      subject: t('the list of what was stolen', 'y rhestr o’r hyn a gafodd ei ddwyn'),
    },
    {
      id: 'untouched',
      type: 'yes-no',
      text: t('Have you left the place where they got in as you found it?', 'A ydych chi wedi gadael y man lle daethant i mewn fel y daethoch o hyd iddo?'),
      hint: t(
        'If you can, do not touch or clean it: officers may be able to find fingerprints or DNA.',
        'Os gallwch, peidiwch â’i gyffwrdd na’i lanhau: efallai y gall swyddogion ddod o hyd i olion bysedd neu DNA.',
      ),
      required: t('Select yes if you have left it as you found it', 'Dewiswch ie os ydych wedi’i adael fel y daethoch o hyd iddo'),
    },
    c.postcode,
    c.where,
    {
      id: 'when',
      type: 'date-range',
      text: t('When did it happen?', 'Pryd digwyddodd?'),
      hint: t(
        'If you do not know exactly, give the earliest and the latest it could have happened, for example when you went out and when you came back.',
        'Os nad ydych yn gwybod yn union, rhowch yr adeg gynharaf a’r adeg ddiweddaraf y gallai fod wedi digwydd, er enghraifft pan aethoch allan a phan ddaethoch yn ôl.',
      ),
    },
    c.victimAge(home),
    c.disability(home),
    c.repeat,
    c.suspectKnown,
    c.suspectName,
    c.suspectDescription,
    c.evidence,
    c.evidenceFiles,
    c.details,
    c.contact(),
    c.truth,
  ],
  stops: [c.stopDanger, c.stopHappeningNow, c.stopSuspectNearby],
  assess: [
    c.baseline('burglary.reported', 'Someone broke in, or tried to.', 'Torrodd rhywun i mewn, neu geisio gwneud hynny.', { harm: 2, risk: 1 }),
    {
      id: 'burglary.home',
      when: home,
      reason: t('It was someone’s home.', 'Cartref rhywun oedd e.'),
      thrive: { harm: 1, threat: 1 },
      atLeast: 'medium',
    },
    {
      id: 'burglary.occupied',
      when: yes('occupied'),
      reason: t('Someone was inside when it happened.', 'Roedd rhywun y tu mewn pan ddigwyddodd.'),
      thrive: { threat: 3, vulnerability: 1 },
      atLeast: 'high',
    },
    {
      id: 'burglary.weapon',
      when: yes('weapon'),
      reason: t('They had a weapon, or said they had one.', 'Roedd ganddynt arf, neu dywedon nhw fod ganddynt un.'),
      flags: ['weapon'],
      thrive: { threat: 3, harm: 2 },
      atLeast: 'high',
    },
    {
      id: 'burglary.attempt',
      when: no('got-in'),
      reason: t('They tried to get in but did not (attempted burglary).', 'Ceisiwyd mynd i mewn ond methwyd (ymgais i fyrgleriaeth).'),
    },
    {
      id: 'burglary.forensics',
      when: all(yes('untouched'), not(no('got-in'))),
      reason: t(
        'The place they got in has been left as it was, so there may be fingerprints or DNA.',
        'Mae’r man lle daethant i mewn wedi’i adael fel yr oedd, felly efallai y bydd olion bysedd neu DNA.',
      ),
      thrive: { investigation: 2 },
    },
    ...c.victimRules,
    ...c.investigationRules,
  ],
})
