// Report child abuse or exploitation: sexual images of a child online, a child being groomed or sexually exploited
// (sextortion of a young person included), or a child being abused or neglected. The person reporting may be the
// young person, or may live with the person doing it, so the journey is sensitive and asks how to contact them
// safely. Images nobody here can tie to a child or a place go to the IWF (to be taken down) and CEOP; when the
// person knows the child, where they are, or the abuser is local, it is also a police report. Nothing in this
// journey can be uploaded: a copy of a sexual image of a child is itself a crime to make or send, and officers
// collect it safely.
import { all, any, given, has, hasAny, is, not, oneOf, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'
import { selfHarmQuestion, selfHarmRule, stopSelfHarmNow } from './suicide-risk.ts'

const images = is('about', 'images')
const grooming = is('about', 'grooming')
const abuse = is('about', 'abuse')
const sextortion = all(grooming, has('grooming-what', 'sextortion'))
// Images only seen online, with nothing that points to a child or a person anyone here could find.
const imagesOnlyOnline = all(images, has('images-known', 'neither'))

const iwfLink = { text: t('Report the images to the Internet Watch Foundation (IWF)', 'Rhoi gwybod i’r Internet Watch Foundation (IWF) am y lluniau'), url: 'https://report.iwf.org.uk/' }
const ceopLink = { text: t('Report to CEOP if you are worried about a child you know of', 'Rhoi gwybod i CEOP os ydych yn poeni am blentyn rydych yn gwybod amdano'), url: 'https://www.ceop.police.uk/ceop-reporting/' }
// After a police report about images: the police deal with the child and whoever shared them, and the IWF can still get
// the images taken down wherever they are hosted, so the confirmation says so.
const iwfTakedownLink = {
  text: t(
    'Report the web address to the Internet Watch Foundation (IWF), so the images are taken down',
    'Rhoi gwybod i’r Internet Watch Foundation (IWF) am y cyfeiriad gwe, er mwyn i’r lluniau gael eu tynnu i lawr',
  ),
  url: 'https://report.iwf.org.uk/',
}
const childlineLink = { text: t('Childline: call 0800 1111, free, any time', 'Childline: ffoniwch 0800 1111, am ddim, unrhyw bryd'), url: 'https://www.childline.org.uk/' }

export default defineService({
  id: 'child-abuse',
  version: 2,
  title: t('Report child abuse or exploitation', 'Rhoi gwybod am gam-drin neu gamfanteisio ar blant'),
  description: t(
    'A child is being abused, neglected, groomed or sexually exploited, including online, or you have seen sexual images of a child.',
    'Mae plentyn yn cael ei gam-drin, ei esgeuluso, yn cael ei baratoi at ddibenion rhywiol neu’n cael ei gamfanteisio arno’n rhywiol, gan gynnwys ar-lein, neu rydych wedi gweld lluniau rhywiol o blentyn.',
  ),
  category: 'crime',
  quickExit: true,
  sensitive: true,
  safeContact: true,
  helplines: ['child-abuse', 'suicide'],
  declaration: 'truth',
  queue: 'safeguarding',
  questions: [
    c.danger,
    {
      id: 'about',
      type: 'single-choice',
      sensitive: true,
      text: t('What is it about?', 'Am beth mae hyn?'),
      options: [
        opt('images', 'Sexual images or videos of a child online', 'Lluniau neu fideos rhywiol o blentyn ar-lein'),
        opt(
          'grooming',
          'A child being groomed or sexually exploited, including being blackmailed over sexual images',
          'Plentyn yn cael ei baratoi at ddibenion rhywiol neu’n cael ei gamfanteisio arno’n rhywiol, gan gynnwys cael ei flacmelio dros luniau rhywiol',
        ),
        opt('abuse', 'A child being abused or neglected', 'Plentyn yn cael ei gam-drin neu ei esgeuluso'),
      ],
      required: t('Select what it is about', 'Dewiswch am beth mae hyn'),
    },
    {
      id: 'with-them-now',
      type: 'yes-no',
      cyAnswer: 'ydy',
      sensitive: true,
      when: any(grooming, abuse),
      text: t(
        'Is the child with the person harming them right now, or on their way to meet them?',
        'A yw’r plentyn gyda’r unigolyn sy’n ei niweidio ar hyn o bryd, neu ar ei ffordd i’w gyfarfod?',
      ),
      required: t(
        'Select yes if the child is with the person harming them, or on their way to meet them',
        'Dewiswch ‘Ydy’ os yw’r plentyn gyda’r unigolyn sy’n ei niweidio, neu ar ei ffordd i’w gyfarfod',
      ),
    },
    {
      id: 'images-known',
      type: 'multiple-choice',
      sensitive: true,
      when: images,
      text: t('Do you know any of these?', 'A ydych chi’n gwybod unrhyw un o’r rhain?'),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
      options: [
        opt('child', 'Who the child is, or where they are', 'Pwy yw’r plentyn, neu ble mae’r plentyn'),
        opt('local', 'Who made or shared the images, or that they live near here', 'Pwy wnaeth neu a rannodd y lluniau, neu eu bod yn byw gerllaw'),
        opt('neither', 'No, I came across them online', 'Na, des i ar eu traws ar-lein', { exclusive: true }),
      ],
      required: t('Select what you know, or that you came across them online', 'Dewiswch beth rydych yn ei wybod, neu eich bod wedi dod ar eu traws ar-lein'),
    },
    {
      id: 'images-where',
      type: 'short-text',
      sensitive: true,
      maxLength: 500,
      when: all(images, not(has('images-known', 'neither'))),
      text: t('Where did you see the images?', 'Ble gwelsoch chi’r lluniau?'),
      hint: t(
        'The web address, app, group or account name. Do not download, screenshot or share the images, even to send them to us. You can also report the web address to the Internet Watch Foundation at report.iwf.org.uk so the images are taken down.',
        'Y cyfeiriad gwe, yr ap, y grŵp neu enw’r cyfrif. Peidiwch â lawrlwytho, tynnu llun sgrin na rhannu’r lluniau, hyd yn oed i’w hanfon atom. Gallwch hefyd roi gwybod i’r Internet Watch Foundation am y cyfeiriad gwe yn report.iwf.org.uk er mwyn i’r lluniau gael eu tynnu i lawr.',
      ),
      required: t('Enter where you saw the images', 'Rhowch ble gwelsoch chi’r lluniau'),
      subject: t('where you saw the images', 'ble gwelsoch chi’r lluniau'),
    },
    {
      id: 'who',
      type: 'single-choice',
      sensitive: true,
      when: any(grooming, abuse),
      text: t('Who is it happening to?', 'I bwy mae hyn yn digwydd?'),
      options: [
        opt('me', 'Me: I am under 18', 'Fi: rwyf o dan 18 oed'),
        opt('my-child', 'My child, or a child I care for', 'Fy mhlentyn, neu blentyn rwy’n gofalu amdano'),
        opt('another-child', 'Another child', 'Plentyn arall'),
      ],
      required: t('Select who it is happening to', 'Dewiswch i bwy mae hyn yn digwydd'),
    },
    {
      id: 'grooming-what',
      type: 'multiple-choice',
      sensitive: true,
      when: grooming,
      text: t('What has happened?', 'Beth sydd wedi digwydd?'),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
      options: [
        opt(
          'sextortion',
          'Someone is threatening to share sexual images unless they pay or send more',
          'Mae rhywun yn bygwth rhannu lluniau rhywiol oni bai eu bod yn talu neu’n anfon rhagor',
        ),
        opt('asked-images', 'Someone has asked for sexual images, or for sexual things on camera', 'Mae rhywun wedi gofyn am luniau rhywiol, neu am bethau rhywiol ar gamera'),
        opt('meet', 'Someone has asked to meet, or has met them', 'Mae rhywun wedi gofyn am gyfarfod, neu wedi eu cyfarfod'),
        opt(
          'exploited',
          'They are given gifts, money, drugs or alcohol, or taken to places, in return for sex',
          'Maent yn cael anrhegion, arian, cyffuriau neu alcohol, neu’n cael eu cludo i leoedd, yn gyfnewid am ryw',
        ),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what has happened', 'Dewiswch beth sydd wedi digwydd'),
    },
    {
      id: 'paid',
      type: 'yes-no',
      cyAnswer: 'oes',
      sensitive: true,
      when: sextortion,
      text: t('Has any money been paid, or more images sent?', 'A oes unrhyw arian wedi’i dalu, neu ragor o luniau wedi’u hanfon?'),
      hint: t(
        'Do not pay and do not send anything more: paying almost never stops it. Stop replying, but keep the messages. Report the account to CEOP at ceop.police.uk. It is not the young person’s fault, and they are not in trouble.',
        'Peidiwch â thalu a pheidiwch ag anfon dim rhagor: nid yw talu bron byth yn ei atal. Peidiwch ag ateb, ond cadwch y negeseuon. Rhowch wybod i CEOP am y cyfrif yn ceop.police.uk. Nid bai’r person ifanc ydyw, ac nid yw mewn trafferth.',
      ),
      required: t('Select yes if money has been paid or more images sent', 'Dewiswch ‘Oes’ os oes arian wedi’i dalu neu ragor o luniau wedi’u hanfon'),
    },
    selfHarmQuestion(
      sextortion,
      t(
        'Is the young person thinking about harming themselves or ending their life?',
        'A yw’r person ifanc yn meddwl am niweidio ei hun neu ddod â’i fywyd i ben?',
      ),
      t('If it is happening to you, answer for yourself. Many young people feel this way when they are blackmailed: help is there.', 'Os yw’n digwydd i chi, atebwch drosoch chi eich hun. Mae llawer o bobl ifanc yn teimlo fel hyn pan gânt eu blacmelio: mae help ar gael.'),
    ),
    {
      id: 'abuse-what',
      type: 'multiple-choice',
      sensitive: true,
      when: abuse,
      text: t('What is happening to the child?', 'Beth sy’n digwydd i’r plentyn?'),
      hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
      options: [
        opt('physical', 'They are being hit or hurt', 'Maent yn cael eu taro neu eu brifo'),
        opt('sexual', 'Sexual abuse', 'Cam-drin rhywiol'),
        opt('neglect', 'They are not fed, cared for or kept safe (neglect)', 'Nid ydynt yn cael bwyd, gofal na’u cadw’n ddiogel (esgeulustod)'),
        opt('emotional', 'They are threatened, frightened or humiliated', 'Maent yn cael eu bygwth, eu dychryn neu eu bychanu'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what is happening to the child', 'Dewiswch beth sy’n digwydd i’r plentyn'),
    },
    {
      id: 'relationship',
      type: 'single-choice',
      sensitive: true,
      when: any(grooming, abuse),
      text: t('Who is doing it?', 'Pwy sy’n gwneud hyn?'),
      options: [
        opt('parent', 'A parent, carer or someone the child lives with', 'Rhiant, gofalwr neu rywun mae’r plentyn yn byw gydag ef'),
        opt('family', 'Another family member', 'Aelod arall o’r teulu'),
        opt('known', 'Someone else the child knows, such as a teacher, coach or family friend', 'Rhywun arall mae’r plentyn yn ei adnabod, fel athro, hyfforddwr neu ffrind i’r teulu'),
        opt('online', 'Someone the child only knows online', 'Rhywun mae’r plentyn yn ei adnabod ar-lein yn unig'),
        opt('not-sure', 'I do not know', 'Nid wyf yn gwybod'),
      ],
      required: t('Select who is doing it', 'Dewiswch pwy sy’n gwneud hyn'),
    },
    {
      ...c.postcode,
      text: t('What is the postcode where the child lives, or where it happens?', 'Beth yw’r cod post lle mae’r plentyn yn byw, neu lle mae’n digwydd?'),
    },
    { ...c.where, text: t('Where does the child live, or where does it happen?', 'Ble mae’r plentyn yn byw, neu ble mae’n digwydd?'), required: t('Enter where the child lives or where it happens', 'Rhowch ble mae’r plentyn yn byw neu ble mae’n digwydd') },
    {
      id: 'child-name',
      type: 'short-text',
      sensitive: true,
      optional: true,
      maxLength: 200,
      text: t('What is the child’s name?', 'Beth yw enw’r plentyn?'),
      hint: t(
        'And anything that would help us find them, such as their school. Leave this blank if you do not know.',
        'Ac unrhyw beth a fyddai’n ein helpu i ddod o hyd iddynt, fel eu hysgol. Gadewch hwn yn wag os nad ydych yn gwybod.',
      ),
      subject: t('the child’s name', 'enw’r plentyn'),
    },
    c.abuserName,
    {
      id: 'kept-messages',
      type: 'yes-no',
      cyAnswer: 'oes',
      sensitive: true,
      when: not(images),
      text: t('Are there messages, account names or other records of what happened?', 'A oes negeseuon, enwau cyfrifon neu gofnodion eraill o’r hyn a ddigwyddodd?'),
      hint: t(
        'Keep them and do not delete them. Do not copy, screenshot or forward any sexual image of a child: tell us it exists and officers will collect it safely.',
        'Cadwch nhw a pheidiwch â’u dileu. Peidiwch â chopïo, tynnu llun sgrin nac anfon ymlaen unrhyw lun rhywiol o blentyn: dywedwch wrthym ei fod yn bodoli a bydd swyddogion yn ei gasglu’n ddiogel.',
      ),
      required: t('Select yes if there are messages or other records', 'Dewiswch ‘Oes’ os oes negeseuon neu gofnodion eraill'),
    },
    {
      ...c.details,
      sensitive: true,
      hint: t(
        'Tell us in your own words what you know and how you found out. Do not include any sexual images.',
        'Dywedwch wrthym yn eich geiriau eich hun beth rydych yn ei wybod a sut y daethoch i wybod. Peidiwch â chynnwys unrhyw luniau rhywiol.',
      ),
    },
    c.contact(true),
    c.truth,
  ],
  stops: [
    c.stopDanger,
    {
      id: 'child-abuse.with-them-now',
      when: yes('with-them-now'),
      outcome: 'EMERGENCY',
      reason: t('The child is with the person harming them, or on their way to meet them.', 'Mae’r plentyn gyda’r unigolyn sy’n ei niweidio, neu ar ei ffordd i’w gyfarfod.'),
    },
    stopSelfHarmNow('child-abuse.self-harm-now', [childlineLink]),
    {
      id: 'child-abuse.images-online',
      when: imagesOnlyOnline,
      outcome: 'ADVICE',
      title: t('Report the images to the IWF and CEOP', 'Rhowch wybod i’r IWF a CEOP am y lluniau'),
      advice: t(
        'The Internet Watch Foundation (IWF) gets sexual images of children taken off the internet, wherever they are hosted, and passes what it finds to the police. Report the web address to them: you can stay anonymous. If you are worried about a child you have been in contact with online, report it to CEOP, the police’s child protection command.\n\nDo not download, screenshot or share the images, even to report them: that is a crime in itself.\n\nIf you find out who the child is or where they are, or who made or shared the images, come back and report it to us.',
        'Mae’r Internet Watch Foundation (IWF) yn cael lluniau rhywiol o blant wedi’u tynnu oddi ar y rhyngrwyd, ble bynnag y maent, ac mae’n trosglwyddo’r hyn y mae’n ei ganfod i’r heddlu. Rhowch wybod iddynt am y cyfeiriad gwe: gallwch aros yn ddienw. Os ydych yn poeni am blentyn rydych wedi bod mewn cysylltiad ag ef ar-lein, rhowch wybod i CEOP, rheolaeth amddiffyn plant yr heddlu.\n\nPeidiwch â lawrlwytho, tynnu llun sgrin na rhannu’r lluniau, hyd yn oed er mwyn rhoi gwybod amdanynt: mae hynny’n drosedd ynddo’i hun.\n\nOs byddwch yn darganfod pwy yw’r plentyn neu ble mae, neu pwy wnaeth neu a rannodd y lluniau, dewch yn ôl a rhowch wybod i ni.',
      ),
      links: [iwfLink, ceopLink],
    },
  ],
  assess: [
    {
      id: 'child-abuse.reported',
      when: all(),
      reason: t('A child is at risk of abuse or exploitation.', 'Mae plentyn mewn perygl o gael ei gam-drin neu o gamfanteisio arno.'),
      flags: ['child-at-risk'],
      thrive: { harm: 1, vulnerability: 3 },
      queue: 'safeguarding',
      atLeast: 'medium',
    },
    {
      id: 'child-abuse.images',
      when: images,
      reason: t(
        'Sexual images of a child, and the person reporting knows the child, where they are, or who shared them.',
        'Lluniau rhywiol o blentyn, ac mae’r unigolyn sy’n rhoi gwybod yn adnabod y plentyn, yn gwybod ble mae, neu pwy a’u rhannodd.',
      ),
      flags: ['child-sexual-abuse'],
      thrive: { harm: 3, investigation: 2 },
      atLeast: 'high',
      links: [iwfTakedownLink],
    },
    {
      id: 'child-abuse.grooming',
      when: grooming,
      reason: t('A child is being groomed or sexually exploited.', 'Mae plentyn yn cael ei baratoi at ddibenion rhywiol neu’n cael ei gamfanteisio arno’n rhywiol.'),
      flags: ['child-sexual-abuse'],
      thrive: { threat: 2, harm: 3 },
      atLeast: 'high',
    },
    {
      id: 'child-abuse.sextortion',
      when: sextortion,
      reason: t(
        'A young person is being blackmailed over sexual images: the risk of self-harm is high, and it can escalate within hours.',
        'Mae person ifanc yn cael ei flacmelio dros luniau rhywiol: mae’r perygl o hunan-niweidio’n uchel, a gall waethygu o fewn oriau.',
      ),
      thrive: { threat: 3, risk: 2 },
      atLeast: 'high',
    },
    {
      id: 'child-abuse.meeting',
      when: all(grooming, has('grooming-what', 'meet')),
      reason: t('Someone has asked to meet the child, or has met them.', 'Mae rhywun wedi gofyn am gyfarfod y plentyn, neu wedi ei gyfarfod.'),
      thrive: { threat: 3 },
    },
    {
      id: 'child-abuse.sexual',
      when: all(abuse, has('abuse-what', 'sexual')),
      reason: t('A child is being sexually abused.', 'Mae plentyn yn cael ei gam-drin yn rhywiol.'),
      flags: ['child-sexual-abuse'],
      thrive: { harm: 3 },
      atLeast: 'high',
    },
    {
      id: 'child-abuse.physical',
      when: all(abuse, has('abuse-what', 'physical')),
      reason: t('A child is being hit or hurt.', 'Mae plentyn yn cael ei daro neu ei frifo.'),
      thrive: { harm: 2, threat: 1 },
    },
    {
      id: 'child-abuse.neglect',
      when: all(abuse, hasAny('abuse-what', 'neglect', 'emotional')),
      reason: t('A child is neglected, or threatened and frightened.', 'Mae plentyn yn cael ei esgeuluso, neu ei fygwth a’i ddychryn.'),
      thrive: { vulnerability: 1, harm: 1 },
    },
    {
      id: 'child-abuse.at-home',
      when: is('relationship', 'parent'),
      reason: t('The child lives with the person harming them.', 'Mae’r plentyn yn byw gyda’r unigolyn sy’n ei niweidio.'),
      flags: ['suspect-known'],
      thrive: { risk: 3 },
    },
    {
      id: 'child-abuse.known',
      when: oneOf('relationship', 'family', 'known'),
      reason: t('The child knows the person harming them.', 'Mae’r plentyn yn adnabod yr unigolyn sy’n ei niweidio.'),
      flags: ['suspect-known'],
      thrive: { risk: 2 },
    },
    {
      id: 'child-abuse.child-self',
      when: is('who', 'me'),
      reason: t('The young person is reporting it themselves.', 'Mae’r person ifanc yn rhoi gwybod amdano ei hun.'),
      thrive: { vulnerability: 2, engagement: 2 },
    },
    selfHarmRule('child-abuse.suicide-risk'),
    {
      id: 'child-abuse.named',
      when: given('suspect-name'),
      reason: t('The person doing it is named or identified.', 'Mae’r unigolyn sy’n gwneud hyn wedi’i enwi neu ei adnabod.'),
      flags: ['suspect-known'],
      thrive: { investigation: 2 },
    },
    {
      id: 'child-abuse.records',
      when: yes('kept-messages'),
      reason: t('There are messages or other records.', 'Mae negeseuon neu gofnodion eraill.'),
      flags: ['evidence-other'],
      thrive: { investigation: 1 },
    },
    c.anonymousRule,
  ],
})
