// The safe-contact questions, for services where the person may live with, or share a phone with, the person they
// are reporting. A service opts in with `safeContact: true`; defineService then asks these right after its contact
// details (and not at all when the person stays anonymous, as there is nobody to contact). The answers decide what
// the platform itself may do: no confirmation email unless email is a safe way (safeToEmail), and the staff
// view leads with the instructions (safeContactOf).
import { field, is, not } from '../conditions.ts'
import type { AnswerValue, Answers, AssessRule, Question, Service } from '../types.ts'
import { opt, t } from './text.ts'

export const SAFE_CONTACT_QUESTION_IDS = ['safe-to-contact', 'safe-contact-ways', 'safe-message', 'safe-times', 'safe-other'] as const

const safe = is('safe-to-contact', 'yes')
const notSafe = is('safe-to-contact', 'no')

export const safeContactQuestions: Question[] = [
  {
    id: 'safe-to-contact',
    type: 'single-choice',
    sensitive: true,
    when: not(field('contact', 'anonymous', true)),
    text: t('Is it safe for us to contact you?', 'A yw’n ddiogel i ni gysylltu â chi?'),
    hint: t(
      'Think about whether anyone else, such as the person you are telling us about, could see your phone, messages or emails, or hear a call.',
      'Meddyliwch a allai unrhyw un arall, fel yr unigolyn rydych yn dweud wrthym amdano, weld eich ffôn, eich negeseuon neu eich e-byst, neu glywed galwad.',
    ),
    // The first option is the ordinary answer; "not safe" is one click away and changes what we do.
    options: [
      opt('yes', 'Yes, it is safe to contact me', 'Ydy, mae’n ddiogel cysylltu â mi'),
      opt('no', 'No, it is not safe to contact me', 'Nac ydy, nid yw’n ddiogel cysylltu â mi'),
    ],
    required: t('Select whether it is safe for us to contact you', 'Dewiswch a yw’n ddiogel i ni gysylltu â chi'),
  },
  {
    id: 'safe-contact-ways',
    type: 'multiple-choice',
    sensitive: true,
    when: safe,
    text: t('How can we contact you safely?', 'Sut gallwn ni gysylltu â chi’n ddiogel?'),
    hint: t('Select all that are safe. We will not use any other way.', 'Dewiswch bob un sy’n ddiogel. Ni fyddwn yn defnyddio unrhyw ffordd arall.'),
    options: [
      opt('phone', 'A phone call', 'Galwad ffôn'),
      opt('text', 'A text message', 'Neges destun'),
      opt('email', 'An email', 'E-bost'),
    ],
    required: t('Select how we can contact you safely', 'Dewiswch sut gallwn ni gysylltu â chi’n ddiogel'),
  },
  {
    id: 'safe-message',
    type: 'yes-no',
    cyAnswer: 'cewch',
    sensitive: true,
    when: safe,
    text: t('Can we leave a message?', 'A gawn ni adael neges?'),
    hint: t(
      'For example, on your voicemail, or with someone else who answers the phone.',
      'Er enghraifft, ar eich peiriant ateb, neu gyda rhywun arall sy’n ateb y ffôn.',
    ),
    required: t('Select yes if we can leave a message', 'Dewiswch ‘Cewch’ os cawn ni adael neges'),
  },
  {
    id: 'safe-times',
    type: 'short-text',
    sensitive: true,
    optional: true,
    maxLength: 200,
    when: safe,
    text: t('Are there times when we should not contact you?', 'A oes adegau pan na ddylem gysylltu â chi?'),
    hint: t(
      'For example, evenings and weekends, when they are at home. Leave this blank if any time is safe.',
      'Er enghraifft, gyda’r nos ac ar benwythnosau, pan fyddant gartref. Gadewch hwn yn wag os yw unrhyw amser yn ddiogel.',
    ),
    subject: t('the times to avoid', 'yr adegau i’w hosgoi'),
  },
  {
    id: 'safe-other',
    type: 'long-text',
    sensitive: true,
    optional: true,
    maxLength: 500,
    when: notSafe,
    text: t('Is there another safe way for us to reach you?', 'A oes ffordd ddiogel arall i ni gysylltu â chi?'),
    hint: t(
      'For example, through a friend, a support worker or at your work. Leave this blank if there is none: you can contact us with your reference number when it is safe.',
      'Er enghraifft, drwy ffrind, gweithiwr cymorth neu yn eich gwaith. Gadewch hwn yn wag os nad oes un: gallwch gysylltu â ni gyda’ch cyfeirnod pan fydd yn ddiogel.',
    ),
    subject: t('the safe way to reach you', 'y ffordd ddiogel o gysylltu â chi'),
  },
]

export const safeContactRule: AssessRule = {
  id: 'safe-contact.not-safe',
  when: notSafe,
  reason: t(
    'It is not safe to contact them in the usual ways: follow their contact instructions.',
    'Nid yw’n ddiogel cysylltu â nhw yn y ffyrdd arferol: dilynwch eu cyfarwyddiadau cyswllt.',
  ),
  // Someone who cannot safely take a call from the police at home is at more risk, whoever the offender is.
  thrive: { risk: 1 },
}

/** The service with the safe-contact questions after its contact details and the rule that reads them. */
export function withSafeContact(service: Service): Service {
  const at = service.questions.findIndex((q) => q.type === 'contact-details' && q.id === 'contact')
  if (at < 0) throw new Error(`${service.id}: safeContact needs the contact details question ("contact") to come first`)
  if (!service.sensitive || !service.quickExit) throw new Error(`${service.id}: safeContact is for sensitive journeys with quick exit`)
  const taken = service.questions.filter((q) => (SAFE_CONTACT_QUESTION_IDS as readonly string[]).includes(q.id))
  if (taken.length > 0) throw new Error(`${service.id}: safeContact adds its own questions; remove ${taken.map((q) => q.id).join(', ')}`)
  return {
    ...service,
    questions: [...service.questions.slice(0, at + 1), ...safeContactQuestions, ...service.questions.slice(at + 1)],
    assess: [...service.assess, safeContactRule],
  }
}

export type ContactWay = 'phone' | 'text' | 'email'

/** What the person told us about contacting them safely. */
export interface SafeContact {
  /** False: it is not safe to contact them in the usual ways. */
  safe: boolean
  /** The ways that are safe (empty when not safe). */
  ways: ContactWay[]
  leaveMessage: boolean
  /** Times not to make contact, as they put it. */
  avoid: string | null
  /** Another safe way to reach them, as they put it (when not safe). */
  other: string | null
}

const text = (value: AnswerValue | undefined): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null)

/**
 * The safe-contact answers of a report, or null when the service does not ask them or they were not asked (an
 * anonymous report). Pass the answers on the path (pruneAnswers), as submitted.
 */
export function safeContactOf(service: Pick<Service, 'safeContact'>, answers: Answers): SafeContact | null {
  if (!service.safeContact) return null
  const answer = answers['safe-to-contact']
  if (answer !== 'yes' && answer !== 'no') return null
  if (answer === 'no') return { safe: false, ways: [], leaveMessage: false, avoid: null, other: text(answers['safe-other']) }
  const chosen = answers['safe-contact-ways']
  const ways = (['phone', 'text', 'email'] as const).filter((w) => Array.isArray(chosen) && chosen.includes(w))
  return { safe: true, ways, leaveMessage: answers['safe-message'] === 'yes', avoid: text(answers['safe-times']), other: null }
}

/**
 * Whether the platform may email this person about their report (the confirmation). Always, for services that do
 * not ask; for those that do, only when they said it is safe and that email is a safe way. Not asked (anonymous, or
 * the answer missing) counts as no.
 */
export function safeToEmail(service: Pick<Service, 'safeContact'>, answers: Answers): boolean {
  if (!service.safeContact) return true
  const plan = safeContactOf(service, answers)
  return plan !== null && plan.safe && plan.ways.includes('email')
}
