// Questions and rules that many services share. A service lists them where they belong in its journey, so
// a policy owner still reads one service file top to bottom; a change here changes every service that uses
// it (and the content-hash test then asks for each of their versions to be bumped).
import { has, yes } from '../conditions.ts'
import type { Condition, Link, Question, StopRule, TextQuestion } from '../types.ts'
import { opt, t } from './define.ts'

// --- Safety first: these come before anything else in every journey that can involve a crime. ---------

export const danger: Question = {
  id: 'danger',
  type: 'yes-no',
  cyAnswer: 'oes',
  text: t('Is anyone in immediate danger?', 'A oes unrhyw un mewn perygl uniongyrchol?'),
  hint: t(
    'For example, someone is being hurt or threatened right now, or may try to end their life.',
    'Er enghraifft, mae rhywun yn cael ei frifo neu ei fygwth ar hyn o bryd, neu gallai geisio dod â’i fywyd i ben.',
  ),
  required: t('Select yes if anyone is in immediate danger', 'Dewiswch ‘Oes’ os oes unrhyw un mewn perygl uniongyrchol'),
}

export const happeningNow: Question = {
  id: 'happening-now',
  type: 'yes-no',
  cyAnswer: 'ydy',
  text: t('Is it happening now?', 'A yw’n digwydd nawr?'),
  required: t('Select yes if it is happening now', 'Dewiswch ‘Ydy’ os yw’n digwydd nawr'),
}

export const suspectNearby: Question = {
  id: 'suspect-nearby',
  type: 'yes-no',
  cyAnswer: 'ydy',
  text: t('Is the person who did it still there or nearby?', 'A yw’r unigolyn a wnaeth hyn yn dal yno neu gerllaw?'),
  required: t(
    'Select yes if the person who did it is still there or nearby',
    'Dewiswch ‘Ydy’ os yw’r unigolyn a wnaeth hyn yn dal yno neu gerllaw',
  ),
}

/** Support for someone who may take their own life, shown beside the call to 999 wherever a journey stops for danger. */
export const samaritansAdvice = t(
  'If you or someone else may try to end their life, call 999 now. When you are safe, Samaritans will listen, free, day or night, on 116 123.',
  'Os gallech chi neu rywun arall geisio dod â’ch bywyd i ben, ffoniwch 999 nawr. Pan fyddwch yn ddiogel, bydd y Samariaid yn gwrando, am ddim, ddydd neu nos, ar 116 123.',
)
export const samaritansLink: Link = { text: t('Samaritans: call 116 123, free, any time', 'Y Samariaid: ffoniwch 116 123, am ddim, unrhyw bryd'), url: 'https://www.samaritans.org/' }

export const stopDanger: StopRule = {
  id: 'emergency.danger',
  when: yes('danger'),
  outcome: 'EMERGENCY',
  reason: t('Someone is in immediate danger.', 'Mae rhywun mewn perygl uniongyrchol.'),
  advice: samaritansAdvice,
  links: [samaritansLink],
}

export const stopHappeningNow: StopRule = {
  id: 'emergency.happening-now',
  when: yes('happening-now'),
  outcome: 'EMERGENCY',
  reason: t('It is happening now.', 'Mae’n digwydd nawr.'),
}

export const stopSuspectNearby: StopRule = {
  id: 'emergency.suspect-nearby',
  when: yes('suspect-nearby'),
  outcome: 'EMERGENCY',
  reason: t(
    'The person who did it is still there or nearby, so officers may be able to catch them.',
    'Mae’r unigolyn a wnaeth hyn yn dal yno neu gerllaw, felly efallai y gall swyddogion ei ddal.',
  ),
}

// --- Where and when. ------------------------------------------------------------------------------------

export const postcode: Question = {
  id: 'postcode',
  type: 'postcode',
  incidentLocation: true,
  optional: true,
  text: t('What is the postcode where it happened?', 'Beth yw’r cod post lle digwyddodd?'),
  hint: t(
    'If you do not know it, leave this blank and describe the place on the next page.',
    'Os nad ydych yn ei wybod, gadewch hwn yn wag a disgrifiwch y lle ar y dudalen nesaf.',
  ),
}

export const where: Question = {
  id: 'where',
  type: 'location',
  when: { q: 'postcode', given: false },
  text: t('Where did it happen?', 'Ble digwyddodd?'),
  hint: t(
    'For example, the street and town, a landmark or the name of a shop.',
    'Er enghraifft, y stryd a’r dref, tirnod neu enw siop.',
  ),
  required: t('Enter where it happened', 'Rhowch ble digwyddodd'),
  subject: t('where it happened', 'y disgrifiad o’r lle'),
}

export const whenDate: Question = {
  id: 'when',
  type: 'approximate-time',
  text: t('When did it happen?', 'Pryd digwyddodd?'),
  hint: t('For example, 27 3 2026. If you are not sure, give your best guess.', 'Er enghraifft, 27 3 2026. Os nad ydych yn siŵr, rhowch eich amcangyfrif gorau.'),
}

// --- The person it happened to. -------------------------------------------------------------------------

export const victimAge = (when?: Condition): Question => ({
  id: 'victim-age',
  type: 'single-choice',
  ...(when ? { when } : {}),
  text: t('How old is the person it happened to?', 'Faint yw oed yr unigolyn y digwyddodd iddo?'),
  hint: t('If it happened to you, tell us your age.', 'Os digwyddodd i chi, dywedwch wrthym eich oed.'),
  options: [
    opt('18-to-64', '18 to 64', '18 i 64'),
    opt('under-18', 'Under 18', 'O dan 18'),
    opt('65-or-over', '65 or over', '65 neu drosodd'),
    opt('prefer-not-to-say', 'Prefer not to say', 'Mae’n well gennyf beidio â dweud'),
  ],
  required: t('Select how old the person it happened to is', 'Dewiswch oed yr unigolyn y digwyddodd iddo'),
})

export const disability = (when?: Condition): Question => ({
  id: 'disability',
  type: 'single-choice',
  ...(when ? { when } : {}),
  text: t(
    'Does the person it happened to have a disability or condition that makes them more at risk?',
    'A oes gan yr unigolyn y digwyddodd iddo anabledd neu gyflwr sy’n ei roi mewn mwy o berygl?',
  ),
  hint: t('This helps us give the right support.', 'Mae hyn yn ein helpu i roi’r cymorth cywir.'),
  options: [
    opt('no', 'No', 'Nac oes'),
    opt('yes', 'Yes', 'Oes'),
    opt('prefer-not-to-say', 'Prefer not to say', 'Mae’n well gennyf beidio â dweud'),
  ],
  required: t('Select yes if they have a disability or condition', 'Dewiswch ‘Oes’ os oes ganddynt anabledd neu gyflwr'),
})

export const repeat: Question = {
  id: 'repeat',
  type: 'yes-no',
  cyAnswer: 'ydy',
  // Most people report what happened to them, so the question speaks to them; the hint covers reporting for someone else.
  text: t('Has this happened to you before?', 'A yw hyn wedi digwydd i chi o’r blaen?'),
  hint: t(
    'By the same person, or at the same place. If it happened to someone else, tell us if it has happened to them before.',
    'Gan yr un unigolyn, neu yn yr un lle. Os digwyddodd i rywun arall, dywedwch wrthym a yw wedi digwydd iddynt o’r blaen.',
  ),
  required: t('Select yes if this has happened before', 'Dewiswch ‘Ydy’ os yw hyn wedi digwydd o’r blaen'),
}

// --- The person who did it, and the evidence. -----------------------------------------------------------

export const suspectKnown: Question = {
  id: 'suspect-known',
  type: 'yes-no',
  cyAnswer: 'ydw',
  text: t('Do you know who did it?', 'A ydych chi’n gwybod pwy wnaeth hyn?'),
  required: t('Select yes if you know who did it', 'Dewiswch ‘Ydw’ os ydych yn gwybod pwy wnaeth hyn'),
}

export const suspectName: Question = {
  id: 'suspect-name',
  type: 'short-text',
  when: yes('suspect-known'),
  text: t('What is their name?', 'Beth yw eu henw?'),
  hint: t('Or anything that identifies them, such as a nickname.', 'Neu unrhyw beth sy’n eu hadnabod, fel llysenw.'),
  required: t('Enter their name, or anything that identifies them', 'Rhowch eu henw, neu unrhyw beth sy’n eu hadnabod'),
  subject: t('their name', 'eu henw'),
}

/** Who a safeguarding matter is happening to: the person reporting, or someone else (forced marriage, slavery). */
export const whoItIsHappeningTo: Question = {
  id: 'who',
  type: 'single-choice',
  sensitive: true,
  text: t('Who is it happening to?', 'I bwy mae hyn yn digwydd?'),
  options: [opt('me', 'Me', 'Fi'), opt('someone-else', 'Someone else', 'Rhywun arall')],
  required: t('Select who it is happening to', 'Dewiswch i bwy mae hyn yn digwydd'),
}

/** The name of someone abusing or exploiting a person, often known online only: optional, any identifier. */
export const abuserName: Question = {
  id: 'suspect-name',
  type: 'short-text',
  sensitive: true,
  optional: true,
  maxLength: 200,
  text: t('What is the name of the person doing it?', 'Beth yw enw’r unigolyn sy’n gwneud hyn?'),
  hint: t(
    'Or a username, phone number or anything that identifies them. Leave this blank if you do not know.',
    'Neu enw defnyddiwr, rhif ffôn neu unrhyw beth sy’n eu hadnabod. Gadewch hwn yn wag os nad ydych yn gwybod.',
  ),
  subject: t('their name', 'eu henw'),
}

export const suspectDescription: Question = {
  id: 'suspect-description',
  type: 'person-description',
  optional: true,
  when: { not: yes('suspect-known') },
  text: t('What did the person who did it look like?', 'Sut olwg oedd ar yr unigolyn a wnaeth hyn?'),
  hint: t('Leave this blank if you did not see them.', 'Gadewch hwn yn wag os na welsoch chi nhw.'),
}

export const evidence: Question = {
  id: 'evidence',
  type: 'multiple-choice',
  text: t('Is there any evidence?', 'A oes unrhyw dystiolaeth?'),
  hint: t('Select all that apply.', 'Dewiswch bob un sy’n berthnasol.'),
  options: [
    opt('cctv', 'CCTV or a doorbell camera', 'Teledu cylch cyfyng neu gamera cloch drws'),
    opt('dashcam', 'Dashcam or other video', 'Camera cerbyd neu fideo arall'),
    opt('photos', 'Photos', 'Lluniau'),
    opt('witnesses', 'Someone else saw it happen', 'Gwelodd rhywun arall y peth yn digwydd'),
    opt('none', 'No, there is no evidence', 'Na, nid oes tystiolaeth', { exclusive: true }),
  ],
  required: t('Select any evidence, or select that there is none', 'Dewiswch unrhyw dystiolaeth, neu dewiswch nad oes dim'),
}

export const evidenceFiles: Question = {
  id: 'evidence-files',
  type: 'evidence-upload',
  slots: 5,
  optional: true,
  when: { any: [has('evidence', 'cctv'), has('evidence', 'dashcam'), has('evidence', 'photos')] },
  text: t('Do you want to upload the photos or video?', 'A ydych chi eisiau uwchlwytho’r lluniau neu’r fideo?'),
  hint: t('You can upload up to 5 files. You can skip this and we will ask for them later if we need them.', 'Gallwch uwchlwytho hyd at 5 ffeil. Gallwch hepgor hyn a byddwn yn gofyn amdanynt yn nes ymlaen os bydd eu hangen.'),
}

// --- What happened, and who is telling us. --------------------------------------------------------------

export const details: TextQuestion = {
  id: 'details',
  type: 'long-text',
  maxLength: 2000,
  text: t('What happened?', 'Beth ddigwyddodd?'),
  hint: t('Tell us in your own words. Include anything you think will help.', 'Dywedwch wrthym yn eich geiriau eich hun. Cynhwyswch unrhyw beth rydych chi’n meddwl fydd yn helpu.'),
  required: t('Enter what happened', 'Rhowch beth ddigwyddodd'),
  subject: t('what happened', 'y disgrifiad'),
}

export const contact = (allowAnonymous = false): Question => ({
  id: 'contact',
  type: 'contact-details',
  allowAnonymous,
  text: t('What are your contact details?', 'Beth yw eich manylion cyswllt?'),
  hint: t('We will only use these to contact you about this report.', 'Byddwn ond yn defnyddio’r rhain i gysylltu â chi am yr adroddiad hwn.'),
})

export const truth: Question = {
  id: 'declaration',
  type: 'declaration',
  kind: 'truth',
  text: t('Is the information you have given true?', 'A yw’r wybodaeth rydych wedi’i rhoi yn wir?'),
  declaration: t(
    'I confirm that the information I have given is true to the best of my knowledge. I understand that making a false report is a criminal offence.',
    'Rwy’n cadarnhau bod yr wybodaeth rwyf wedi’i rhoi yn wir hyd eithaf fy ngwybodaeth. Rwy’n deall bod gwneud adroddiad ffug yn drosedd.',
  ),
}

/** The signed witness statement (s.9 Criminal Justice Act 1967): the same words, and the same step, on every service that takes one. */
export const statement: Question = {
  id: 'declaration',
  type: 'declaration',
  kind: 'statement',
  text: t('Do you agree to sign this statement?', 'A ydych chi’n cytuno i lofnodi’r datganiad hwn?'),
  declaration: t(
    'This statement, consisting of my answers and any files I have sent with them, is true to the best of my knowledge and belief. I make it knowing that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated anything which I know to be false or do not believe to be true.',
    'Mae’r datganiad hwn, sy’n cynnwys fy atebion ac unrhyw ffeiliau a anfonais gyda nhw, yn wir hyd eithaf fy ngwybodaeth a’m cred. Rwy’n ei wneud gan wybod, os caiff ei gyflwyno fel tystiolaeth, y byddaf yn agored i gael fy erlyn os wyf wedi datgan yn fwriadol unrhyw beth y gwn ei fod yn anwir neu nad wyf yn credu ei fod yn wir.',
  ),
}

export * from './common-rules.ts'
