// Playing a journey in the browser the way a person would: answer the question on the page, press the button.
import { expect, type Page } from '@playwright/test'
import { expectNoAxeViolationsOnce, forceUrl, snap } from './helpers.ts'

export type Answer =
  | { radio: string }
  | { check: string[] }
  | { text: string }
  | { date: [string, string, string]; time?: string }
  | { fields: Record<string, string> }
  | { skip: true }

/** The theft journey's plain answers: not urgent, not fraud, reported by the person it happened to. */
export const theftAnswers: Record<string, Answer> = {
  danger: { radio: 'no' },
  'happening-now': { radio: 'no' },
  how: { radio: 'taken' },
  'for-business': { radio: 'no' },
  stolen: { check: ['phone', 'bag-or-wallet'] },
  value: { radio: '100-to-1000' },
  postcode: { text: 'LE1 6TH' },
  where: { text: 'Outside the library on the High Street' },
  when: { date: ['20', '3', '2026'], time: 'evening' },
  'victim-age': { radio: '18-to-64' },
  disability: { radio: 'no' },
  repeat: { radio: 'no' },
  'suspect-known': { radio: 'no' },
  'suspect-description': { fields: { 'suspect-description-age': 'About 30', 'suspect-description-clothing': 'Grey hoodie' } },
  evidence: { check: ['none'] },
  details: { text: 'My phone and wallet were taken from my bag while I was waiting at the bus stop.' },
  contact: { fields: { 'contact-name': 'Sam Jones', 'contact-email': 'sam@example.com' } },
}

/** A postcode in each demo force's own area, so the journey is not routed to another force. */
const HOME_POSTCODES: Record<string, string> = {
  leicestershire: 'LE1 6TH',
  metropolitan: 'SW1A 2AA',
  'dyfed-powys': 'SA31 2PF',
}

/** The theft answers for a report made on this force's site about something in its own area. */
export function theftAnswersIn(forceId: string): Record<string, Answer> {
  return { ...theftAnswers, postcode: { text: HOME_POSTCODES[forceId] ?? 'LE1 6TH' } }
}

export interface Visit {
  path: string
  questionId?: string
}

/** The id of the question on this page (its hidden field), or null on any other page. */
export async function questionOn(page: Page): Promise<string | null> {
  const hidden = page.locator('form input[type="hidden"][name="question"]')
  return (await hidden.count()) > 0 ? hidden.inputValue() : null
}

export async function fill(page: Page, id: string, answer: Answer) {
  if ('radio' in answer) await page.locator(`input[type="radio"][name="${id}"][value="${answer.radio}"]`).check()
  else if ('check' in answer) for (const value of answer.check) await page.locator(`input[type="checkbox"][name="${id}"][value="${value}"]`).check()
  else if ('text' in answer) await page.locator(`[name="${id}"]`).fill(answer.text)
  else if ('date' in answer) {
    const [day, month, year] = answer.date
    await page.locator(`[name="${id}-day"]`).fill(day)
    await page.locator(`[name="${id}-month"]`).fill(month)
    await page.locator(`[name="${id}-year"]`).fill(year)
    if (answer.time) await page.locator(`input[type="radio"][name="${id}-time"][value="${answer.time}"]`).check()
  } else if ('fields' in answer) for (const [name, value] of Object.entries(answer.fields)) await page.locator(`[name="${name}"]`).fill(value)
}

/** Presses the page form's main button (whatever its language). */
export async function submit(page: Page) {
  // Every post loads a new document (a redirect, or the page again with errors): wait for it.
  const loaded = page.waitForEvent('load')
  await page.locator('main form[method="post"] button[data-ui="button"]').last().click()
  await loaded
}

/**
 * Answers question pages until the journey leaves them (an outcome or check answers), checking each page with
 * axe (once per worker for each distinct page). Returns the pages visited. `stopAt` ends the walk on that question
 * without answering it.
 */
export async function answerQuestions(
  page: Page,
  answers: Record<string, Answer>,
  options: { axe?: boolean; stopAt?: string; screenshots?: string } = {},
): Promise<Visit[]> {
  const visits: Visit[] = []
  for (let guard = 0; guard < 40; guard++) {
    const id = await questionOn(page)
    if (!id || id === options.stopAt) break
    visits.push({ path: new URL(page.url()).pathname, questionId: id })
    if (options.axe !== false) await expectNoAxeViolationsOnce(page)
    if (options.screenshots) await snap(page, `${options.screenshots}-q-${id}`)
    const answer = answers[id]
    if (!answer) throw new Error(`no answer for question ${id}`)
    await fill(page, id, answer)
    await submit(page)
    await expect(page.locator('[data-ui="error-summary"]'), `question ${id} was accepted`).toHaveCount(0)
  }
  return visits
}

/** The declaration's words, in the page's language. */
export const SEND_LABELS = {
  en: { next: 'Continue', agree: 'I agree', button: 'Accept and send' },
  cy: { next: 'Parhau', agree: 'Rwy’n cytuno', button: 'Derbyn ac anfon' },
} as const

/** From check answers: on to the declaration, agree, and send. */
export async function sendReport(page: Page, labels: { next: string; agree: string; button: string } = SEND_LABELS.en) {
  await page.getByRole('link', { name: labels.next, exact: true }).click()
  await page.getByLabel(labels.agree).check()
  await page.getByRole('button', { name: labels.button }).click()
}

/** Reports a theft on this force's site from its start page, and returns the reference on the confirmation. */
export async function submitTheft(page: Page, options: { force?: string; answers?: Record<string, Answer>; axe?: boolean } = {}): Promise<string> {
  await page.goto(forceUrl(options.force ?? 'leicestershire', '/services/theft'))
  await page.getByRole('link', { name: 'Start now' }).click()
  await expect(page).toHaveURL(/\/services\/theft\/questions\/danger$/)
  await answerQuestions(page, options.answers ?? theftAnswers, { axe: options.axe })
  await expect(page).toHaveURL(/\/services\/theft\/check-answers$/)
  await sendReport(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent')
  return (await page.locator('[data-journey="reference"]').textContent())!.trim()
}

/** The number of external script files the page loads, and their total size. */
export async function scriptBytes(page: Page): Promise<{ scripts: number; bytes: number }> {
  return page.evaluate(async () => {
    const sources = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src)
    const modules = [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href)
    const all = [...new Set([...sources, ...modules])]
    let bytes = 0
    for (const src of all) bytes += (await (await fetch(src)).arrayBuffer()).byteLength
    const inline = [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + (s.textContent?.length ?? 0), 0)
    return { scripts: all.length, bytes: bytes + inline }
  })
}
