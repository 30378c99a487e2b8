// A general enquiry ("contact us"). Many enquiries are for someone else: the first question sends fraud,
// terrorism, anonymous information, health, animal cruelty and civil matters to the right place before anyone
// types, and someone struggling to cope to Samaritans (or to 999 when they might act on it now).
import { all, is, not, yes } from '../conditions.ts'
import * as c from './common.ts'
import { defineService, opt, t } from './define.ts'

const redirect = <A extends 'action-fraud' | 'anti-terrorism' | 'crimestoppers' | 'nhs-111' | 'rspca' | 'samaritans'>(id: string, value: string, agency: A, en: string, cy: string) => ({
  id,
  when: is('topic', value),
  outcome: 'REDIRECT' as const,
  agency,
  why: t(en, cy),
})

export default defineService({
  id: 'general-enquiry',
  version: 2,
  title: t('Contact us', 'Cysylltu â ni'),
  description: t('Ask a question or tell us something that is not an emergency and not a crime report.', 'Gofyn cwestiwn neu ddweud rhywbeth wrthym nad yw’n argyfwng nac yn adroddiad am drosedd.'),
  category: 'enquiry',
  quickExit: false,
  declaration: 'none',
  queue: 'enquiries',
  questions: [
    {
      id: 'topic',
      type: 'single-choice',
      text: t('What is your enquiry about?', 'Am beth mae eich ymholiad?'),
      options: [
        opt('existing-report', 'A report I have already made', 'Adroddiad rwyf eisoes wedi’i wneud'),
        opt('fraud', 'Fraud, a scam or cybercrime', 'Twyll, sgam neu seiberdrosedd'),
        opt('terrorism', 'Something suspicious that might be linked to terrorism', 'Rhywbeth amheus a allai fod yn gysylltiedig â therfysgaeth'),
        opt('anonymous', 'I want to give information about a crime without giving my name', 'Rwyf eisiau rhoi gwybodaeth am drosedd heb roi fy enw'),
        opt('health', 'A health or mental health concern', 'Pryder iechyd neu iechyd meddwl'),
        opt('struggling', 'I am struggling to cope, or thinking about ending my life', 'Rwy’n ei chael hi’n anodd ymdopi, neu’n meddwl am ddod â fy mywyd i ben'),
        opt('animal', 'Cruelty to an animal, or an animal being neglected', 'Creulondeb at anifail, neu anifail yn cael ei esgeuluso'),
        opt('civil', 'A dispute about money, property, a tenancy or child contact', 'Anghydfod am arian, eiddo, tenantiaeth neu gyswllt â phlant'),
        opt('other', 'Something else', 'Rhywbeth arall'),
      ],
      required: t('Select what your enquiry is about', 'Dewiswch am beth mae eich ymholiad'),
    },
    {
      id: 'act-now',
      type: 'yes-no',
      cyAnswer: 'ydw',
      sensitive: true,
      when: is('topic', 'struggling'),
      text: t('Are you at risk of acting on thoughts of ending your life now?', 'A ydych chi mewn perygl o weithredu ar feddyliau am ddod â’ch bywyd i ben nawr?'),
      required: t('Select yes if you are at risk of acting on those thoughts now', 'Dewiswch ‘Ydw’ os ydych mewn perygl o weithredu ar y meddyliau hynny nawr'),
    },
    {
      id: 'reference',
      type: 'short-text',
      optional: true,
      maxLength: 20,
      when: is('topic', 'existing-report'),
      text: t('What is your reference number?', 'Beth yw eich cyfeirnod?'),
      hint: t('It is in your confirmation email, for example LEI-26-7KQ4-XM. Leave this blank if you do not have it.', 'Mae yn eich e-bost cadarnhau, er enghraifft LEI-26-7KQ4-XM. Gadewch hwn yn wag os nad yw gennych.'),
      subject: t('the reference number', 'y cyfeirnod'),
    },
    {
      ...c.details,
      id: 'message',
      maxLength: 1500,
      text: t('What is your enquiry?', 'Beth yw eich ymholiad?'),
      hint: t('Do not include bank details or passwords.', 'Peidiwch â chynnwys manylion banc na chyfrineiriau.'),
      required: t('Enter your enquiry', 'Rhowch eich ymholiad'),
      subject: t('your enquiry', 'eich ymholiad'),
    },
    c.contact(),
  ],
  stops: [
    {
      id: 'enquiry.suicide-risk',
      when: all(is('topic', 'struggling'), yes('act-now')),
      outcome: 'EMERGENCY',
      reason: t('You are at risk of acting on thoughts of ending your life.', 'Rydych mewn perygl o weithredu ar feddyliau am ddod â’ch bywyd i ben.'),
      advice: c.samaritansAdvice,
      links: [c.samaritansLink],
    },
    redirect('enquiry.fraud', 'fraud', 'action-fraud', 'Report Fraud is the national service for reporting fraud and cybercrime. It replaced Action Fraud.', 'Report Fraud yw’r gwasanaeth cenedlaethol ar gyfer rhoi gwybod am dwyll a seiberdrosedd. Daeth yn lle Action Fraud.'),
    redirect('enquiry.terrorism', 'terrorism', 'anti-terrorism', 'Specialist officers deal with anything that might be linked to terrorism. You can stay anonymous.', 'Mae swyddogion arbenigol yn delio ag unrhyw beth a allai fod yn gysylltiedig â therfysgaeth. Gallwch aros yn ddienw.'),
    redirect('enquiry.anonymous', 'anonymous', 'crimestoppers', 'Crimestoppers is an independent charity that passes on information without ever knowing who you are.', 'Mae Crimestoppers yn elusen annibynnol sy’n trosglwyddo gwybodaeth heb fyth wybod pwy ydych chi.'),
    {
      ...redirect(
        'enquiry.struggling',
        'struggling',
        'samaritans',
        'Samaritans are there for anyone who is struggling, day or night, and you do not have to be suicidal to call. If that changes and you might act on it, call 999.',
        'Mae’r Samariaid yno i unrhyw un sy’n ei chael hi’n anodd, ddydd neu nos, ac nid oes rhaid i chi fod yn meddwl am hunanladdiad i ffonio. Os bydd hynny’n newid ac y gallech weithredu arno, ffoniwch 999.',
      ),
      when: all(is('topic', 'struggling'), not(yes('act-now'))),
    },
    redirect(
      'enquiry.animal',
      'animal',
      'rspca',
      'The RSPCA investigates cruelty to animals and neglect. If an animal is in danger right now, such as a dog shut in a hot car, call 999.',
      'Mae’r RSPCA yn ymchwilio i greulondeb at anifeiliaid ac esgeulustod. Os yw anifail mewn perygl ar hyn o bryd, fel ci wedi’i gau mewn car poeth, ffoniwch 999.',
    ),
    redirect('enquiry.health', 'health', 'nhs-111', 'NHS 111 can help with health and mental health concerns, day and night.', 'Gall GIG 111 helpu gyda phryderon iechyd ac iechyd meddwl, ddydd a nos.'),
    {
      id: 'enquiry.civil',
      when: is('topic', 'civil'),
      outcome: 'ADVICE',
      title: t('This is a civil matter', 'Mater sifil yw hwn'),
      advice: t(
        'The police cannot settle disputes about money, property, tenancies or child contact. Citizens Advice can help you for free, and a solicitor or mediation service can help you resolve it.',
        'Ni all yr heddlu setlo anghydfodau am arian, eiddo, tenantiaethau na chyswllt â phlant. Gall Cyngor ar Bopeth eich helpu am ddim, a gall cyfreithiwr neu wasanaeth cyfryngu eich helpu i’w ddatrys.',
      ),
      links: [{ text: t('Get help from Citizens Advice', 'Cael help gan Cyngor ar Bopeth'), url: 'https://www.citizensadvice.org.uk/' }],
    },
  ],
  assess: [
    c.baseline('enquiry.received', 'A general enquiry.', 'Ymholiad cyffredinol.', { engagement: 1 }),
    {
      id: 'enquiry.existing-report',
      when: is('topic', 'existing-report'),
      reason: t('It is about a report already made.', 'Mae’n ymwneud ag adroddiad sydd eisoes wedi’i wneud.'),
      thrive: { engagement: 1 },
    },
  ],
})
