// Report intimate image abuse: someone has shared, or threatens to share, intimate images or videos of an adult
// without their consent, made fake ones, or took them without consent; or is blackmailing them with such images
// (sextortion). Often by a partner or ex-partner, so the journey is sensitive and asks how to contact the person
// safely. The Revenge Porn Helpline can get images taken down whether or not the person reports, so it is on every
// page, and someone who only wants the images removed is sent there. Images of someone under 18 are child sexual
// abuse and belong in the child abuse report. Blackmail over sexual images carries a high risk of suicide, so the
// journey asks, and stops for 999 with Samaritans when someone may act on it now.
import { all, given, has, is, oneOf, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'
import { selfHarmQuestion, selfHarmRule, stopSelfHarmNow } from './suicide-risk.ts'

const domestic = oneOf('relationship', 'partner', 'ex-partner')

export default defineService({
  id: 'intimate-image-abuse',
  version: 1,
  title: t('Report intimate image abuse', 'Rhoi gwybod am gam-drin delweddau personol'),
  description: t(
    'Someone has shared, or is threatening to share, intimate images or videos of you without your consent, including fake ones.',
    'Mae rhywun wedi rhannu, neu’n bygwth rhannu, lluniau neu fideos personol ohonoch heb eich caniatâd, gan gynnwys rhai ffug.',
  ),
  category: 'crime',
  quickExit: true,
  sensitive: true,
  safeContact: true,
  helplines: ['intimate-image-abuse', 'suicide'],
  declaration: 'truth',
  queue: 'safeguarding',
  questions: [
    c.danger,
    {
      id: 'under-18',
      type: 'yes-no',
      cyAnswer: 'oedd',
      sensitive: true,
      text: t('Was the person in the images under 18 when they were taken?', 'A oedd yr unigolyn yn y lluniau o dan 18 oed pan gawsant eu tynnu?'),
      required: t('Select yes if the person in the images was under 18', 'Dewiswch ‘Oedd’ os oedd yr unigolyn yn y lluniau o dan 18 oed'),
    },
    {
      id: 'want',
      type: 'single-choice',
      text: t('What would you like to do?', 'Beth hoffech chi ei wneud?'),
      options: [
        opt('report', 'Report it to the police', 'Rhoi gwybod i’r heddlu'),
        opt(
          'remove-only',
          'Only get the images taken down, without a police report for now',
          'Dim ond cael y lluniau wedi’u tynnu i lawr, heb adroddiad i’r heddlu am y tro',
        ),
      ],
      required: t('Select what you would like to do', 'Dewiswch beth hoffech chi ei wneud'),
    },
    {
      id: 'what',
      type: 'multiple-choice',
      sensitive: true,
      text: t('What has happened?', 'Beth sydd wedi digwydd?'),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
      options: [
        opt('shared', 'Intimate images or videos of me have been shared or posted', 'Mae lluniau neu fideos personol ohonof wedi’u rhannu neu eu postio'),
        opt('threatened', 'Someone is threatening to share them', 'Mae rhywun yn bygwth eu rhannu'),
        opt(
          'sextortion',
          'Someone is demanding money or more images, or they will share them',
          'Mae rhywun yn mynnu arian neu ragor o luniau, neu byddant yn eu rhannu',
        ),
        opt('fake', 'Someone has made fake sexual images of me', 'Mae rhywun wedi creu lluniau rhywiol ffug ohonof'),
        opt('taken', 'Someone took them without my consent, such as with a hidden camera', 'Cafodd y lluniau eu tynnu heb fy nghaniatâd, fel gyda chamera cudd'),
      ],
      required: t('Select what has happened', 'Dewiswch beth sydd wedi digwydd'),
    },
    {
      id: 'paid',
      type: 'yes-no',
      cyAnswer: 'ydw',
      sensitive: true,
      when: has('what', 'sextortion'),
      text: t('Have you paid them anything, or sent more images?', 'A ydych chi wedi talu unrhyw beth iddynt, neu wedi anfon rhagor o luniau?'),
      hint: t(
        'Do not pay and do not send anything more: paying almost never stops it. Stop replying, but keep the messages. You are not to blame.',
        'Peidiwch â thalu a pheidiwch ag anfon dim rhagor: nid yw talu bron byth yn ei atal. Peidiwch ag ateb, ond cadwch y negeseuon. Nid chi sydd ar fai.',
      ),
      required: t('Select yes if you have paid them or sent more images', 'Dewiswch ‘Ydw’ os ydych wedi talu iddynt neu wedi anfon rhagor o luniau'),
    },
    selfHarmQuestion(
      undefined,
      t('Are you thinking about harming yourself or ending your life?', 'A ydych chi’n meddwl am niweidio eich hun neu ddod â’ch bywyd i ben?'),
      t('Many people feel this way when this happens to them. Help is there, day or night.', 'Mae llawer o bobl yn teimlo fel hyn pan fydd hyn yn digwydd iddynt. Mae help ar gael, ddydd neu nos.'),
      true,
    ),
    {
      id: 'relationship',
      type: 'single-choice',
      sensitive: true,
      text: t('Who is doing it?', 'Pwy sy’n gwneud hyn?'),
      options: [
        opt('ex-partner', 'An ex-partner', 'Cyn-bartner'),
        opt('partner', 'My partner', 'Fy mhartner'),
        opt('known', 'Someone else I know', 'Rhywun arall rwy’n ei adnabod'),
        opt('online-only', 'Someone I only know online', 'Rhywun rwy’n ei adnabod ar-lein yn unig'),
        opt('not-sure', 'I do not know', 'Nid wyf yn gwybod'),
      ],
      required: t('Select who is doing it', 'Dewiswch pwy sy’n gwneud hyn'),
    },
    c.abuserName,
    {
      id: 'where-shared',
      type: 'short-text',
      sensitive: true,
      optional: true,
      maxLength: 500,
      when: has('what', 'shared'),
      text: t('Where have they been shared?', 'Ble maen nhw wedi’u rhannu?'),
      hint: t(
        'The website, app, group or account names. Do not send us the images: officers will ask for what they need.',
        'Y wefan, yr ap, y grŵp neu enwau’r cyfrifon. Peidiwch ag anfon y lluniau atom: bydd swyddogion yn gofyn am yr hyn sydd ei angen arnynt.',
      ),
      subject: t('where they have been shared', 'ble maen nhw wedi’u rhannu'),
    },
    {
      id: 'kept-messages',
      type: 'yes-no',
      cyAnswer: 'oes',
      sensitive: true,
      text: t('Are there messages, posts or other records of what they did?', 'A oes negeseuon, postiadau neu gofnodion eraill o’r hyn a wnaethant?'),
      hint: t('Keep them and do not delete them, even if they upset you.', 'Cadwch nhw a pheidiwch â’u dileu, hyd yn oed os ydynt yn eich gofidio.'),
      required: t('Select yes if there are messages or other records', 'Dewiswch ‘Oes’ os oes negeseuon neu gofnodion eraill'),
    },
    { ...c.postcode, text: t('What is the postcode where you live?', 'Beth yw’r cod post lle rydych chi’n byw?'), hint: t('We use it to send your report to the right team. Leave this blank if you prefer, and tell us the town on the next page.', 'Rydym yn ei ddefnyddio i anfon eich adroddiad at y tîm cywir. Gadewch hwn yn wag os yw’n well gennych, a dywedwch wrthym y dref ar y dudalen nesaf.') },
    { ...c.where, text: t('Which town or area do you live in?', 'Ym mha dref neu ardal rydych chi’n byw?'), required: t('Enter the town or area you live in', 'Rhowch y dref neu’r ardal rydych chi’n byw ynddi'), subject: t('the town or area', 'y dref neu’r ardal') },
    { ...c.whenDate, text: t('When did it start?', 'Pryd dechreuodd?') },
    { ...c.details, sensitive: true },
    c.contact(true),
    c.truth,
  ],
  stops: [
    c.stopDanger,
    {
      id: 'intimate-image-abuse.under-18',
      when: yes('under-18'),
      outcome: 'ADVICE',
      title: t('Report it as child sexual abuse', 'Rhowch wybod amdano fel cam-drin plant yn rhywiol'),
      advice: t(
        'Sexual images of anyone under 18 are child sexual abuse images, even if the young person took them themselves. They are not in trouble. Report it to us as child abuse so specialist officers deal with it. Young people can also use Report Remove, from Childline and the Internet Watch Foundation, to get images taken down.',
        'Mae lluniau rhywiol o unrhyw un o dan 18 oed yn luniau o gam-drin plant yn rhywiol, hyd yn oed os tynnodd y person ifanc nhw ei hun. Nid yw mewn trafferth. Rhowch wybod i ni amdano fel cam-drin plant er mwyn i swyddogion arbenigol ddelio ag ef. Gall pobl ifanc hefyd ddefnyddio Report Remove, gan Childline a’r Internet Watch Foundation, i gael lluniau wedi’u tynnu i lawr.',
      ),
      links: [
        { text: t('Report child abuse or exploitation', 'Rhoi gwybod am gam-drin neu gamfanteisio ar blant'), url: '/services/child-abuse' },
        { text: t('Report Remove (Childline)', 'Report Remove (Childline)'), url: 'https://www.childline.org.uk/' },
      ],
    },
    {
      id: 'intimate-image-abuse.remove-only',
      when: is('want', 'remove-only'),
      outcome: 'REDIRECT',
      agency: 'revenge-porn-helpline',
      why: t(
        'The Revenge Porn Helpline helps adults get intimate images taken down from websites and social media, without a police report. You can still report it to us at any time.',
        'Mae’r Revenge Porn Helpline yn helpu oedolion i gael lluniau personol wedi’u tynnu i lawr o wefannau a chyfryngau cymdeithasol, heb adroddiad i’r heddlu. Gallwch barhau i roi gwybod i ni unrhyw bryd.',
      ),
    },
    stopSelfHarmNow('intimate-image-abuse.self-harm-now'),
  ],
  assess: [
    {
      id: 'intimate-image-abuse.reported',
      when: all(),
      reason: t('Intimate images were shared, threatened or taken without consent.', 'Cafodd lluniau personol eu rhannu, eu bygwth neu eu tynnu heb ganiatâd.'),
      flags: ['intimate-image-abuse'],
      thrive: { harm: 2, vulnerability: 1 },
      queue: 'safeguarding',
      atLeast: 'medium',
    },
    {
      id: 'intimate-image-abuse.shared',
      when: has('what', 'shared'),
      reason: t('The images have been shared.', 'Mae’r lluniau wedi’u rhannu.'),
      thrive: { harm: 3 },
    },
    {
      id: 'intimate-image-abuse.threatened',
      when: has('what', 'threatened'),
      reason: t('They threaten to share the images.', 'Maent yn bygwth rhannu’r lluniau.'),
      thrive: { threat: 2 },
    },
    {
      id: 'intimate-image-abuse.sextortion',
      when: has('what', 'sextortion'),
      reason: t('They are being blackmailed with the images: it can escalate quickly.', 'Maent yn cael eu blacmelio gyda’r lluniau: gall waethygu’n gyflym.'),
      thrive: { threat: 3, risk: 2 },
      atLeast: 'high',
    },
    {
      id: 'intimate-image-abuse.domestic',
      when: domestic,
      reason: t('It is a partner or ex-partner (domestic abuse).', 'Partner neu gyn-bartner ydyw (cam-drin domestig).'),
      flags: ['domestic-abuse', 'suspect-known'],
      thrive: { risk: 3, investigation: 1 },
      atLeast: 'high',
    },
    {
      id: 'intimate-image-abuse.known',
      when: is('relationship', 'known'),
      reason: t('They know who is doing it.', 'Maent yn gwybod pwy sy’n gwneud hyn.'),
      flags: ['suspect-known'],
      thrive: { investigation: 2 },
    },
    {
      id: 'intimate-image-abuse.named',
      when: given('suspect-name'),
      reason: t('The person doing it is named or identified.', 'Mae’r unigolyn sy’n gwneud hyn wedi’i enwi neu ei adnabod.'),
      flags: ['suspect-known'],
      thrive: { investigation: 2 },
    },
    {
      id: 'intimate-image-abuse.records',
      when: yes('kept-messages'),
      reason: t('There are messages, posts or other records.', 'Mae negeseuon, postiadau neu gofnodion eraill.'),
      flags: ['evidence-other'],
      thrive: { investigation: 1 },
    },
    selfHarmRule('intimate-image-abuse.suicide-risk'),
    c.anonymousRule,
  ],
})
