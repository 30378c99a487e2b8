// Report modern slavery and exploitation: someone forced or tricked into work, crime or sex, held by debt, or
// controlled by someone who keeps their documents or wages, including children used to carry drugs. The person may
// be the one being exploited, or may fear the people doing it, so the journey has quick exit and allows anonymous
// reports, and asks how to contact them safely. The Modern Slavery & Exploitation Helpline (free, any time, with interpreters) is on every page, and
// someone who wants to talk it through without a police report is sent there. Someone still held or controlled
// now is high priority.
import { all, given, has, hasAny, is, not, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const stillHeld = is('still-controlled', 'yes')

export default defineService({
  id: 'modern-slavery',
  version: 1,
  title: t('Report modern slavery or exploitation', 'Rhoi gwybod am gaethwasiaeth fodern neu gamfanteisio'),
  description: t(
    'Someone is being forced, tricked or threatened into working, committing crime or sex, or is controlled by someone who takes their pay or papers.',
    'Mae rhywun yn cael ei orfodi, ei dwyllo neu ei fygwth i weithio, cyflawni trosedd neu gael rhyw, neu’n cael ei reoli gan rywun sy’n cymryd ei gyflog neu ei bapurau.',
  ),
  category: 'crime',
  quickExit: true,
  sensitive: true,
  // People who are exploited often have their phones taken or read by the people controlling them.
  safeContact: true,
  helplines: ['modern-slavery'],
  declaration: 'truth',
  queue: 'safeguarding',
  questions: [
    c.danger,
    {
      id: 'want',
      type: 'single-choice',
      text: t('What would you like to do?', 'Beth hoffech chi ei wneud?'),
      options: [
        opt('report', 'Report it to the police', 'Rhoi gwybod i’r heddlu'),
        opt(
          'talk',
          'Talk it through with a specialist helpline first, without a police report',
          'Siarad amdano gyda llinell gymorth arbenigol yn gyntaf, heb adroddiad i’r heddlu',
        ),
      ],
      required: t('Select what you would like to do', 'Dewiswch beth hoffech chi ei wneud'),
    },
    c.whoItIsHappeningTo,
    {
      id: 'signs',
      type: 'multiple-choice',
      sensitive: true,
      text: t('What is happening?', 'Beth sy’n digwydd?'),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
      options: [
        opt('forced-work', 'Forced to work for little or no pay', 'Yn cael eu gorfodi i weithio am fawr ddim cyflog neu ddim o gwbl'),
        opt('documents', 'Their passport or ID has been taken', 'Mae eu pasbort neu eu dogfen adnabod wedi’u cymryd'),
        opt('debt', 'They owe a debt they can never pay off', 'Mae arnynt ddyled na allant fyth ei thalu'),
        opt('movement', 'They cannot leave, or are watched or moved around', 'Ni allant adael, neu maent yn cael eu gwylio neu eu symud o le i le'),
        opt('sexual', 'Forced into sex work or sexual exploitation', 'Yn cael eu gorfodi i waith rhyw neu gamfanteisio rhywiol'),
        opt('crime', 'Forced to commit crime, such as carrying drugs (county lines) or growing cannabis', 'Yn cael eu gorfodi i gyflawni trosedd, fel cludo cyffuriau (llinellau cyffuriau) neu dyfu canabis'),
        opt('threats', 'They or their family are threatened or hurt', 'Maent hwy neu eu teulu yn cael eu bygwth neu eu brifo'),
      ],
      required: t('Select what is happening', 'Dewiswch beth sy’n digwydd'),
    },
    {
      id: 'still-controlled',
      type: 'yes-no',
      cyAnswer: 'ydyn',
      sensitive: true,
      text: t('Are they still being held or controlled by the people doing it?', 'A ydyn nhw’n dal i gael eu dal neu eu rheoli gan y bobl sy’n gwneud hyn?'),
      hint: t('If it is you, answer for yourself.', 'Os mai chi ydyw, atebwch drosoch chi eich hun.'),
      notSure: t('I do not know', 'Nid wyf yn gwybod'),
      required: t('Select yes if they are still being held or controlled', 'Dewiswch ‘Ydyn’ os ydynt yn dal i gael eu dal neu eu rheoli'),
    },
    c.victimAge(),
    {
      id: 'how-many',
      type: 'single-choice',
      text: t('How many people do you think are being exploited?', 'Faint o bobl ydych chi’n meddwl sy’n cael eu camfanteisio arnynt?'),
      options: [
        opt('one', 'One', 'Un'),
        opt('several', '2 to 5', '2 i 5'),
        opt('many', 'More than 5', 'Mwy na 5'),
        opt('not-sure', 'I do not know', 'Nid wyf yn gwybod'),
      ],
      required: t('Select how many people you think are being exploited', 'Dewiswch faint o bobl rydych chi’n meddwl sy’n cael eu camfanteisio arnynt'),
    },
    {
      ...c.postcode,
      text: t('What is the postcode where it is happening?', 'Beth yw’r cod post lle mae’n digwydd?'),
      hint: t('For example, the workplace, a house or a car wash. Leave this blank if you do not know it.', 'Er enghraifft, y gweithle, tŷ neu olchfa geir. Gadewch hwn yn wag os nad ydych yn ei wybod.'),
    },
    c.where,
    {
      id: 'business',
      type: 'short-text',
      optional: true,
      maxLength: 200,
      text: t('What is the name of the business or people involved?', 'Beth yw enw’r busnes neu’r bobl dan sylw?'),
      hint: t('Leave this blank if you do not know.', 'Gadewch hwn yn wag os nad ydych yn gwybod.'),
      subject: t('the name', 'yr enw'),
    },
    c.details,
    c.contact(true),
    c.truth,
  ],
  stops: [
    c.stopDanger,
    {
      id: 'modern-slavery.talk-first',
      when: is('want', 'talk'),
      outcome: 'REDIRECT',
      agency: 'modern-slavery-helpline',
      why: t(
        'The Modern Slavery & Exploitation Helpline can talk it through with you in confidence, in your own language, and tell you what help there is. They can pass information to the police if you agree.',
        'Gall y Llinell Gymorth Caethwasiaeth Fodern a Chamfanteisio siarad amdano gyda chi’n gyfrinachol, yn eich iaith eich hun, a dweud wrthych pa help sydd ar gael. Gallant drosglwyddo gwybodaeth i’r heddlu os ydych yn cytuno.',
      ),
    },
  ],
  assess: [
    {
      id: 'modern-slavery.reported',
      when: all(),
      reason: t('Someone may be a victim of modern slavery or exploitation.', 'Gallai rhywun fod yn dioddef caethwasiaeth fodern neu gamfanteisio.'),
      flags: ['modern-slavery'],
      thrive: { harm: 2, vulnerability: 2 },
      queue: 'safeguarding',
      atLeast: 'medium',
    },
    {
      id: 'modern-slavery.still-controlled',
      when: stillHeld,
      reason: t('They are still held or controlled by the people exploiting them.', 'Maent yn dal i gael eu dal neu eu rheoli gan y bobl sy’n camfanteisio arnynt.'),
      thrive: { threat: 3, risk: 3 },
      atLeast: 'high',
    },
    {
      id: 'modern-slavery.sexual',
      when: has('signs', 'sexual'),
      reason: t('Sexual exploitation.', 'Camfanteisio rhywiol.'),
      flags: ['sexual-abuse'],
      thrive: { harm: 3 },
    },
    {
      id: 'modern-slavery.threats',
      when: has('signs', 'threats'),
      reason: t('They or their family are threatened or hurt.', 'Maent hwy neu eu teulu yn cael eu bygwth neu eu brifo.'),
      thrive: { threat: 2 },
    },
    {
      id: 'modern-slavery.control',
      // Control that has ended is history for the investigation; while it may go on, it is risk now.
      when: all(hasAny('signs', 'documents', 'debt', 'movement'), not(is('still-controlled', 'no'))),
      reason: t('Their papers are taken, they are held by debt, or they cannot leave.', 'Mae eu papurau wedi’u cymryd, maent yn cael eu dal gan ddyled, neu ni allant adael.'),
      thrive: { risk: 2 },
    },
    {
      id: 'modern-slavery.child',
      when: is('victim-age', 'under-18'),
      reason: t('A child is being exploited.', 'Mae plentyn yn cael ei gamfanteisio arno.'),
      flags: ['vulnerable-child', 'child-at-risk'],
      thrive: { vulnerability: 3 },
      atLeast: 'high',
    },
    {
      id: 'modern-slavery.many',
      when: is('how-many', 'many'),
      reason: t('More than 5 people may be exploited.', 'Gallai mwy na 5 o bobl fod yn cael eu camfanteisio arnynt.'),
      thrive: { harm: 1, investigation: 1 },
    },
    {
      id: 'modern-slavery.named',
      when: given('business'),
      reason: t('The business or people involved are named.', 'Mae’r busnes neu’r bobl dan sylw wedi’u henwi.'),
      flags: ['suspect-known'],
      thrive: { investigation: 2 },
    },
    {
      id: 'modern-slavery.self',
      when: all(is('who', 'me'), yes('still-controlled')),
      reason: t('The person being exploited is reporting it themselves, while still controlled.', 'Mae’r unigolyn sy’n cael ei gamfanteisio arno’n rhoi gwybod ei hun, tra’n dal i gael ei reoli.'),
      thrive: { engagement: 2, vulnerability: 1 },
    },
    c.olderRule,
    c.anonymousRule,
  ],
})
