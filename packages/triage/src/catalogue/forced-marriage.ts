// Report forced marriage or so-called honour-based abuse: someone is being forced or pressured into marriage, or
// is threatened, controlled or hurt by family or community to protect "honour". The person usually lives with the
// people doing it, so the journey is sensitive and asks how to contact them safely; it never suggests talking to
// the family. A wedding or a trip abroad that is close is the point of greatest danger, so it is high priority. When
// the person is already abroad, the Forced Marriage Unit (which helps British nationals overseas) is where to go.
import { all, any, given, has, is, oneOf, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const imminent = oneOf('when-marriage', 'within-a-month', 'date-set')

export default defineService({
  id: 'forced-marriage',
  version: 1,
  title: t('Report forced marriage or honour-based abuse', 'Rhoi gwybod am briodas dan orfod neu gam-drin ar sail anrhydedd'),
  description: t(
    'Someone is being forced or pressured into marriage, or is threatened, controlled or hurt by family or community to protect their “honour”.',
    'Mae rhywun yn cael ei orfodi neu ei roi dan bwysau i briodi, neu’n cael ei fygwth, ei reoli neu ei frifo gan deulu neu gymuned i ddiogelu eu “hanrhydedd”.',
  ),
  category: 'crime',
  quickExit: true,
  sensitive: true,
  safeContact: true,
  helplines: ['forced-marriage'],
  declaration: 'truth',
  queue: 'safeguarding',
  questions: [
    c.danger,
    c.whoItIsHappeningTo,
    {
      id: 'abroad',
      type: 'yes-no',
      cyAnswer: 'ydyn',
      sensitive: true,
      text: t('Are they outside the UK now?', 'A ydyn nhw y tu allan i’r DU nawr?'),
      hint: t('If it is you, answer for yourself.', 'Os mai chi ydyw, atebwch drosoch chi eich hun.'),
      required: t('Select yes if they are outside the UK now', 'Dewiswch ‘Ydyn’ os ydynt y tu allan i’r DU nawr'),
    },
    {
      id: 'what',
      type: 'multiple-choice',
      sensitive: true,
      text: t('What is happening?', 'Beth sy’n digwydd?'),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
      options: [
        opt('marriage', 'They are being forced or pressured to marry', 'Maent yn cael eu gorfodi neu eu rhoi dan bwysau i briodi'),
        opt('married', 'They have already been forced to marry', 'Maent eisoes wedi cael eu gorfodi i briodi'),
        opt('travel', 'They are being taken abroad, or fear they will be', 'Maent yn cael eu cludo dramor, neu’n ofni y byddant'),
        opt('threats', 'Threats to hurt or kill them for bringing shame on the family', 'Bygythiadau i’w brifo neu eu lladd am ddwyn cywilydd ar y teulu'),
        opt('violence', 'They have been hurt', 'Maent wedi cael eu brifo'),
        opt('control', 'They are watched, kept at home, or their phone, money or papers are taken', 'Maent yn cael eu gwylio, eu cadw gartref, neu mae eu ffôn, eu harian neu eu papurau’n cael eu cymryd'),
      ],
      required: t('Select what is happening', 'Dewiswch beth sy’n digwydd'),
    },
    {
      id: 'when-marriage',
      type: 'single-choice',
      sensitive: true,
      when: any(has('what', 'marriage'), has('what', 'travel')),
      text: t('When is the wedding or the trip?', 'Pryd mae’r briodas neu’r daith?'),
      options: [
        opt('within-a-month', 'Within the next month', 'O fewn y mis nesaf'),
        opt('date-set', 'A date is set, but later', 'Mae dyddiad wedi’i bennu, ond yn nes ymlaen'),
        opt('no-date', 'No date yet', 'Dim dyddiad eto'),
        opt('not-sure', 'I do not know', 'Nid wyf yn gwybod'),
      ],
      required: t('Select when the wedding or the trip is', 'Dewiswch pryd mae’r briodas neu’r daith'),
    },
    c.victimAge(),
    // Someone who cannot consent to marriage, such as a person with a severe learning disability, is forced into it
    // whatever the family says.
    c.disability(),
    {
      id: 'relationship',
      type: 'single-choice',
      sensitive: true,
      text: t('Who is doing it?', 'Pwy sy’n gwneud hyn?'),
      options: [
        opt('parents', 'Parents', 'Rhieni'),
        opt('family', 'Other family members', 'Aelodau eraill o’r teulu'),
        opt('partner', 'A partner, or the person they are to marry', 'Partner, neu’r unigolyn y maent i’w briodi'),
        opt('community', 'People in the community', 'Pobl yn y gymuned'),
      ],
      required: t('Select who is doing it', 'Dewiswch pwy sy’n gwneud hyn'),
    },
    {
      ...c.postcode,
      text: t('What is the postcode where they live?', 'Beth yw’r cod post lle maen nhw’n byw?'),
      hint: t('Leave this blank if you do not know it.', 'Gadewch hwn yn wag os nad ydych yn ei wybod.'),
    },
    { ...c.where, text: t('Where do they live?', 'Ble maen nhw’n byw?'), required: t('Enter where they live', 'Rhowch ble maen nhw’n byw') },
    {
      id: 'suspect-name',
      type: 'short-text',
      sensitive: true,
      optional: true,
      maxLength: 200,
      text: t('What are the names of the people doing it?', 'Beth yw enwau’r bobl sy’n gwneud hyn?'),
      hint: t('Leave this blank if you prefer not to say.', 'Gadewch hwn yn wag os yw’n well gennych beidio â dweud.'),
      subject: t('their names', 'eu henwau'),
    },
    { ...c.details, sensitive: true },
    c.contact(true),
    c.truth,
  ],
  stops: [
    c.stopDanger,
    {
      id: 'forced-marriage.abroad',
      when: yes('abroad'),
      outcome: 'REDIRECT',
      agency: 'forced-marriage-unit',
      why: t(
        'The Forced Marriage Unit helps British nationals and people from the UK who are abroad, working with embassies to get them home safely. If someone is in danger where they are, call the local emergency number.',
        'Mae’r Uned Priodasau Dan Orfod yn helpu dinasyddion Prydeinig a phobl o’r DU sydd dramor, gan weithio gyda llysgenadaethau i’w cael adref yn ddiogel. Os yw rhywun mewn perygl lle maen nhw, ffoniwch y rhif argyfwng lleol.',
      ),
    },
  ],
  assess: [
    {
      id: 'forced-marriage.reported',
      when: all(),
      reason: t('Forced marriage or honour-based abuse is being reported.', 'Mae priodas dan orfod neu gam-drin ar sail anrhydedd yn cael ei adrodd.'),
      flags: ['honour-based-abuse'],
      thrive: { threat: 1, risk: 2, vulnerability: 1 },
      queue: 'safeguarding',
      atLeast: 'medium',
    },
    {
      id: 'forced-marriage.imminent',
      when: imminent,
      reason: t('A wedding or a trip abroad is close: the most dangerous time.', 'Mae priodas neu daith dramor yn agos: yr adeg fwyaf peryglus.'),
      thrive: { threat: 3, risk: 3 },
      atLeast: 'high',
    },
    {
      id: 'forced-marriage.threats',
      when: has('what', 'threats'),
      reason: t('Threats to hurt or kill.', 'Bygythiadau i frifo neu ladd.'),
      thrive: { threat: 3 },
      atLeast: 'high',
    },
    {
      id: 'forced-marriage.violence',
      when: has('what', 'violence'),
      reason: t('They have been hurt.', 'Maent wedi cael eu brifo.'),
      flags: ['injury'],
      thrive: { harm: 3 },
      atLeast: 'high',
    },
    {
      id: 'forced-marriage.control',
      when: has('what', 'control'),
      reason: t('They are watched, kept at home, or their phone, money or papers are taken.', 'Maent yn cael eu gwylio, eu cadw gartref, neu mae eu ffôn, eu harian neu eu papurau’n cael eu cymryd.'),
      thrive: { risk: 1, harm: 1 },
    },
    {
      id: 'forced-marriage.family',
      when: oneOf('relationship', 'parents', 'family', 'partner'),
      reason: t('It is family or a partner (domestic abuse).', 'Teulu neu bartner ydyw (cam-drin domestig).'),
      flags: ['domestic-abuse', 'suspect-known'],
      thrive: { risk: 1 },
    },
    {
      id: 'forced-marriage.child',
      when: is('victim-age', 'under-18'),
      reason: t('The person is a child.', 'Plentyn yw’r unigolyn.'),
      flags: ['vulnerable-child', 'child-at-risk'],
      thrive: { vulnerability: 3 },
      atLeast: 'high',
    },
    {
      id: 'forced-marriage.named',
      when: given('suspect-name'),
      reason: t('The people doing it are named.', 'Mae’r bobl sy’n gwneud hyn wedi’u henwi.'),
      thrive: { investigation: 2 },
    },
    c.disabilityRule,
    c.anonymousRule,
  ],
})
