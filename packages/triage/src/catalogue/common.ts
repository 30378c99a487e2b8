// Questions and rules that many services share. A service lists them where they belong in its journey, so
// a policy owner still reads one service file top to bottom; a change here changes every service that uses
// it (and the content-hash test then asks for each of their versions to be bumped).
import { has, yes } from '../conditions.ts'
import type { Condition, Question, StopRule, TextQuestion } from '../types.ts'
import { opt, t } from './define.ts'

// --- Safety first: these come before anything else in every journey that can involve a crime. ---------

export const danger: Question = {
  id: 'danger',
  type: 'yes-no',
  text: t('Is anyone in immediate danger?', 'A oes unrhyw un mewn perygl uniongyrchol?'),
  hint: t(
    'For example, someone is being hurt or threatened right now.',
    'Er enghraifft, mae rhywun yn cael ei frifo neu ei fygwth ar hyn o bryd.',
  ),
  required: t('Select yes if anyone is in immediate danger', 'Dewiswch ie os oes unrhyw un mewn perygl uniongyrchol'),
}

export const happeningNow: Question = {
  id: 'happening-now',
  type: 'yes-no',
  text: t('Is it happening now?', 'A yw’n digwydd nawr?'),
  required: t('Select yes if it is happening now', 'Dewiswch ie os yw’n digwydd nawr'),
}

export const suspectNearby: Question = {
  id: 'suspect-nearby',
  type: 'yes-no',
  text: t('Is the person who did it still there or nearby?', 'A yw’r unigolyn a wnaeth hyn yn dal yno neu gerllaw?'),
  required: t(
    'Select yes if the person who did it is still there or nearby',
    'Dewiswch ie os yw’r unigolyn a wnaeth hyn yn dal yno neu gerllaw',
  ),
}

export const stopDanger: StopRule = {
  id: 'emergency.danger',
  when: yes('danger'),
  outcome: 'EMERGENCY',
  reason: t('Someone is in immediate danger.', 'Mae rhywun mewn perygl uniongyrchol.'),
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
    opt('no', 'No', 'Na'),
    opt('yes', 'Yes', 'Oes'),
    opt('prefer-not-to-say', 'Prefer not to say', 'Mae’n well gennyf beidio â dweud'),
  ],
  required: t('Select yes if they have a disability or condition', 'Dewiswch ie os oes ganddynt anabledd neu gyflwr'),
})

export const repeat: Question = {
  id: 'repeat',
  type: 'yes-no',
  text: t('Has this happened to them before?', 'A yw hyn wedi digwydd iddynt o’r blaen?'),
  hint: t('By the same person, or at the same place.', 'Gan yr un unigolyn, neu yn yr un lle.'),
  required: t('Select yes if this has happened before', 'Dewiswch ie os yw hyn wedi digwydd o’r blaen'),
}

// --- The person who did it, and the evidence. -----------------------------------------------------------

export const suspectKnown: Question = {
  id: 'suspect-known',
  type: 'yes-no',
  text: t('Do you know who did it?', 'A ydych chi’n gwybod pwy wnaeth hyn?'),
  required: t('Select yes if you know who did it', 'Dewiswch ie os ydych yn gwybod pwy wnaeth hyn'),
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

export * from './common-rules.ts'
