// The submission path as a person walks it, over real HTTP: get the form (CSRF cookie and token), answer each
// question of the "Contact us" service, reach check answers, then send. Each draft has its own idempotency key.
import { Browser, csrfFrom, type Response } from './http.ts'

export const FORCE = 'leicestershire'
export const SERVICE = 'general-enquiry'
export const forceHost = (port: number) => `${FORCE}.localhost:${port}`
export const paths = {
  home: '/',
  /** A demo appeal of the force: a content page, shared by the page cache like the home page. */
  appeal: '/appeals/stolen-tractor-near-melton',
  services: '/services',
  start: `/services/${SERVICE}`,
  question: `/services/${SERVICE}/questions/topic`,
  /** The second question: only reachable with a draft, so rendered for each request. */
  secondQuestion: `/services/${SERVICE}/questions/message`,
  checkAnswers: `/services/${SERVICE}/check-answers`,
  confirmation: `/services/${SERVICE}/confirmation`,
}

const REFERENCE = /\b[A-Z]{3}-\d{2}-[0-9A-Z]{4}-[0-9A-Z]{2}\b/

/** A distinct address per simulated person (10.0.0.0/8), so each has their own rate-limit window. */
export const addressFor = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`

export interface ReadyDraft {
  /** The person's number (their contact name is "Bench Person <n>"). */
  n: number
  browser: Browser
  csrf: string
}

function expect(res: Response, status: number, what: string, location?: string) {
  const where = String(res.headers.location ?? '')
  if (res.status !== status || (location && !where.endsWith(location))) {
    throw new Error(`${what}: expected ${status}${location ? ` → ${location}` : ''}, got ${res.status} ${where} ${res.body.slice(0, 300)}`)
  }
}

/** Walks one new person to check answers; their draft is then ready to send. */
export async function prepareDraft(port: number, n: number): Promise<ReadyDraft> {
  const browser = new Browser(port, forceHost(port), addressFor(n))
  const first = await browser.send(paths.question)
  expect(first, 200, 'question page')
  const csrf = csrfFrom(first.body)
  const q = (id: string) => `/services/${SERVICE}/questions/${id}`
  expect(await browser.send(q('topic'), { csrf, question: 'topic', topic: 'other' }), 302, 'topic', q('message'))
  expect(await browser.send(q('message'), { csrf, question: 'message', message: `Bench enquiry ${n}: when is the front counter open?` }), 302, 'message', q('contact'))
  expect(
    await browser.send(q('contact'), { csrf, question: 'contact', 'contact-name': `Bench Person ${n}`, 'contact-phone': '07700900123' }),
    302,
    'contact',
    paths.checkAnswers,
  )
  const check = await browser.send(paths.checkAnswers)
  expect(check, 200, 'check answers')
  return { n, browser, csrf: csrfFrom(check.body) }
}

/** The form post that sends the report (the honeypot left empty, as a person leaves it). */
export const submitForm = (draft: ReadyDraft) => ({ csrf: draft.csrf, website: '' })

/** Sends the report; true when the server acknowledged it (303/302 to the confirmation page). */
export async function submitDraft(draft: ReadyDraft): Promise<boolean> {
  const res = await draft.browser.send(paths.checkAnswers, submitForm(draft))
  return res.status === 302 && String(res.headers.location ?? '').endsWith(paths.confirmation)
}

/** The reference on this person's confirmation page, or null when there is none (nothing was submitted). */
export async function confirmationReference(draft: ReadyDraft): Promise<string | null> {
  const res = await draft.browser.send(paths.confirmation)
  if (res.status !== 200) return null
  return REFERENCE.exec(res.body)?.[0] ?? null
}
