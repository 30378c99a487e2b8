import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, staffSignIn, snap } from './helpers.ts'
import { MAIL_DIR } from './mail-dir.ts'
import { answerQuestions, SEND_LABELS, sendReport, type Answer } from './journey-steps.ts'

// Domestic abuse with "it is not safe to contact me": nothing is emailed, staff read how to contact the person
// before anything else, the draft lives only as long as the browser, and the copy of the report appears only when
// asked for. The same journey in Welsh, where email is a safe way, does send the confirmation.

const mailTo = (address: string) => {
  try {
    return readdirSync(MAIL_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(MAIL_DIR, f), 'utf8')) as { to: string; subject: string; text: string })
      .filter((m) => m.to === address)
  } catch {
    return []
  }
}

const domesticAbuse = (postcode: string, email: string, safe: Record<string, Answer>): Record<string, Answer> => ({
  danger: { radio: 'no' },
  who: { radio: 'me' },
  'near-now': { radio: 'no' },
  relationship: { radio: 'partner' },
  'live-together': { radio: 'yes' },
  behaviour: { check: ['controlling', 'emotional'] },
  injury: { radio: 'no' },
  weapon: { radio: 'no' },
  'getting-worse': { radio: 'no' },
  children: { radio: 'no' },
  'victim-age': { radio: '18-to-64' },
  disability: { radio: 'no' },
  postcode: { text: postcode },
  when: { date: ['20', '3', '2026'], time: 'evening' },
  'suspect-name': { text: 'Alex' },
  evidence: { check: ['none'] },
  details: { text: 'He checks my phone every night and takes my wages.' },
  contact: { fields: { 'contact-name': 'Sam Jones', 'contact-email': email, 'contact-phone': '07700 900123' } },
  ...safe,
})

test('domestic abuse, not safe to contact: no email, staff told first, nothing left behind', async ({ browser, page: person }) => {
  test.setTimeout(420_000)
  const stamp = Date.now()
  const given = `not-safe-${stamp}@example.com`
  const resumeTo = `resume-${stamp}@example.com`
  const context = person.context()

  await person.goto(forceUrl('leicestershire', '/services/domestic-abuse'))
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('Report domestic abuse')
  await expect(person.locator('[data-helpline="national-domestic-abuse-helpline"]')).toContainText('0808 2000 247')
  await expect(person.locator('[data-helpline="mens-advice-line"]')).toContainText('0808 801 0327')
  await expect(person.getByText('we keep your answers only until you close your browser')).toBeVisible()
  await expectNoAxeViolations(person)
  await snap(person, 'safe-contact-start')
  await person.getByRole('link', { name: 'Start now' }).click()

  const answers = domesticAbuse('LE1 6TH', given, {
    'safe-to-contact': { radio: 'no' },
    'safe-other': { text: 'Through my support worker at the refuge, Jo, on 0116 496 0000' },
  })
  await answerQuestions(person, answers, { stopAt: 'details', axe: false })
  // The draft cookie is a session cookie: it goes when the browser closes.
  const draft = (await context.cookies()).find((c) => c.name === 'draft-domestic-abuse')
  expect(draft, 'the draft cookie').toBeDefined()
  expect(draft!.expires).toBe(-1)

  // "Save and come back later" keeps what was typed on this page; the resume link goes only to an address the
  // person confirms nobody else reads.
  await person.locator('[name="details"]').fill(answers.details && 'text' in answers.details ? answers.details.text : '')
  await person.getByRole('button', { name: 'Save and come back later' }).click()
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('Save your report and come back later')
  await expect(person.getByText('we keep them only until you close this browser')).toBeVisible()
  await person.getByLabel('Email address', { exact: true }).fill(resumeTo)
  await person.getByRole('button', { name: 'Email me a link' }).click()
  await expect(person.locator('[data-ui="error-summary"]')).toContainText('Confirm that nobody else can read the emails sent to this address')
  await expect(person.getByLabel('Email address', { exact: true })).toHaveValue(resumeTo)
  await expectNoAxeViolations(person)
  await snap(person, 'safe-contact-save-error')
  await person.getByLabel('Nobody else can read the emails sent to this address').check()
  await person.getByRole('button', { name: 'Email me a link' }).click()
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('We have sent you a link')
  await person.goto(forceUrl('leicestershire', '/services/domestic-abuse/questions/details'))
  await expect(person.locator('[name="details"]')).toHaveValue('He checks my phone every night and takes my wages.')

  await answerQuestions(person, answers, { stopAt: 'safe-to-contact', axe: false })
  // The safe-contact questions, checked and seen.
  for (const id of ['safe-to-contact', 'safe-other']) {
    await expect(person.locator('input[name="question"]')).toHaveValue(id)
    await expectNoAxeViolations(person)
    await snap(person, `safe-contact-q-${id}`)
    await answerQuestions(person, answers, { stopAt: id === 'safe-to-contact' ? 'safe-other' : undefined, axe: false })
  }
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending your report')
  await expect(person.getByText('No, it is not safe to contact me')).toBeVisible()
  await sendReport(person)
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('Report sent')
  const reference = (await person.locator('[data-journey="reference"]').first().textContent())!.trim()
  await expect(person.locator('[data-journey="emailed"]')).not.toContainText(given)
  await expect(person.getByText('We have not sent a confirmation email')).toBeVisible()
  await expect(person.locator('[data-journey="contact-note"]')).toContainText('it is not safe to contact you, so we will not call, text or email you')
  await expect(person.locator('[data-journey="helplines"]')).toContainText('0808 2000 247')
  // No printable copy unless asked: no link, and the print page sends the person back.
  await expect(person.getByRole('link', { name: 'View and print a copy of your report' })).toHaveCount(0)
  await expect(person.locator('[data-journey="report-copy"]')).toHaveCount(0)
  await expectNoAxeViolations(person)
  await snap(person, 'safe-contact-confirmation')
  await person.goto(forceUrl('leicestershire', '/services/domestic-abuse/confirmation/print'))
  await expect(person).toHaveURL(/\/services\/domestic-abuse\/confirmation$/)
  await expect(person.locator('[data-journey="report-copy"]')).toHaveCount(0)
  await person.getByRole('button', { name: 'Show a copy of your report' }).click()
  await expect(person.locator('[data-journey="report-copy"]')).toContainText('He checks my phone every night and takes my wages.')
  await expect(person.locator('[data-journey="report-copy"]')).toContainText(/I confirm this is true\s+\d{1,2}:\d{2}(am|pm) on \d{1,2} \w+ \d{4}/)
  await expect(person.locator('[data-journey="report-copy"]')).not.toContainText(/\d{4}-\d{2}-\d{2}T/)
  await expectNoAxeViolations(person)
  await snap(person, 'safe-contact-copy')

  // The resume link emailed before sending now says the report was sent, with its reference.
  let link: string | undefined
  await expect.poll(() => (link = /https?:\/\/\S+\/resume\/[A-Za-z0-9_-]+/.exec(mailTo(resumeTo)[0]?.text ?? '')?.[0]), { timeout: 20_000 }).toBeTruthy()
  await person.goto(link!)
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('This report has been sent')
  await expect(person.locator('[data-journey="reference"]')).toHaveText(reference)
  await expectNoAxeViolations(person)

  // Staff read how to contact the person before anything else on the report.
  const staff = await browser.newContext()
  const page = await staff.newPage()
  await staffSignIn(page, 'leicestershire', 'admin')
  // Domestic abuse is a safeguarding flag: first in its row, outlined and marked, and named so for screen readers.
  const row = page.locator('tr', { has: page.locator(`[data-reference="${reference}"]`) })
  await expect(row.locator('[data-flag]').first()).toHaveAttribute('data-flag', 'domestic-abuse')
  await expect(row.locator('[data-flag="domestic-abuse"][data-safeguarding]')).toContainText('Safeguarding: Domestic abuse')
  await page.locator(`[data-reference="${reference}"]`).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report ${reference}`)
  const panel = page.locator('[data-staff="safe-contact"]')
  await expect(panel).toContainText('It is not safe to contact this person')
  await expect(panel).toContainText('Through my support worker at the refuge, Jo, on 0116 496 0000')
  const first = await page.evaluate(() => {
    const h1 = document.querySelector('main h1')!
    let next = h1.nextElementSibling
    while (next && next.tagName === 'SCRIPT') next = next.nextElementSibling
    return next?.getAttribute('data-staff')
  })
  expect(first).toBe('safe-contact')
  await expect(page.locator('main')).not.toContainText(/\d{4}-\d{2}-\d{2}T\d{2}:/)
  await expect(page.locator('[data-staff="flags"] [data-flag="domestic-abuse"][data-safeguarding]')).toBeVisible()
  await expect(page.locator('[data-staff="flags"] dd', { hasText: 'It involves a partner, former partner or family member' })).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'safe-contact-staff')

  // Email sent after the report (a resume link from another journey) arrives; the report's confirmation never does.
  const later = `later-${stamp}@example.com`
  await person.goto(forceUrl('leicestershire', '/services/stalking-harassment/questions/danger'))
  await person.locator('input[name="danger"][value="no"]').check()
  await person.getByRole('button', { name: 'Save and come back later' }).click()
  await person.getByLabel('Email address', { exact: true }).fill(later)
  await person.getByLabel('Nobody else can read the emails sent to this address').check()
  await person.getByRole('button', { name: 'Email me a link' }).click()
  await expect(person.getByRole('heading', { level: 1 })).toHaveText('We have sent you a link')
  await expect.poll(() => mailTo(later).length, { timeout: 20_000 }).toBe(1)
  expect(mailTo(given)).toEqual([])
  await staff.close()
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

test('domestic abuse in Welsh on dyfed-powys, where email is a safe way: the confirmation is emailed', async ({ page }) => {
  test.setTimeout(300_000)
  const address = `safe-email-${Date.now()}@example.com`
  await page.goto(forceUrl('dyfed-powys', '/services/domestic-abuse'))
  await page.getByRole('link', { name: 'Cymraeg' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rhoi gwybod am gam-drin domestig')
  await expect(page.locator('[data-helpline="live-fear-free"]')).toContainText('0808 80 10 800')
  await expect(page.locator('[data-helpline="national-domestic-abuse-helpline"]')).toHaveCount(0)
  await snap(page, 'safe-contact-cy-start')
  await page.getByRole('link', { name: 'Dechrau nawr' }).click()
  await answerQuestions(
    page,
    domesticAbuse('SA31 2PF', address, {
      'safe-to-contact': { radio: 'yes' },
      'safe-contact-ways': { check: ['email', 'text'] },
      'safe-message': { radio: 'no' },
      'safe-times': { text: 'Ar ôl 6pm' },
    }),
    { axe: false, stopAt: 'safe-contact-ways' },
  )
  await snap(page, 'safe-contact-cy-q-safe-contact-ways')
  await answerQuestions(
    page,
    domesticAbuse('SA31 2PF', address, {
      'safe-contact-ways': { check: ['email', 'text'] },
      'safe-message': { radio: 'no' },
      'safe-times': { text: 'Ar ôl 6pm' },
    }),
    { axe: false },
  )
  await sendReport(page, SEND_LABELS.cy)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Adroddiad wedi’i anfon')
  await expect(page.locator('[data-journey="emailed"]')).toContainText(address)
  await expect(page.locator('[data-journey="contact-note"]')).toHaveText('Byddwn ond yn cysylltu â chi yn y ffyrdd y dywedoch wrthym eu bod yn ddiogel.')
  await expect(page.locator('[data-journey="helplines"]')).toContainText('Byw Heb Ofn')
  await snap(page, 'safe-contact-cy-confirmation')
  await page.getByRole('button', { name: 'Dangos copi o’ch adroddiad' }).click()
  await expect(page.locator('[data-journey="report-copy"]')).toContainText(/Rwy’n cadarnhau bod hyn yn wir\s+\d{1,2}:\d{2}(yb|yh) ar/)
  await snap(page, 'safe-contact-cy-copy')
  await expect.poll(() => mailTo(address).length, { timeout: 20_000 }).toBe(1)
})

test('an anonymous report’s confirmation does not promise to contact the person', async ({ page }) => {
  test.setTimeout(300_000)
  await page.goto(forceUrl('leicestershire', '/services/domestic-abuse/questions'))
  const answers = { ...domesticAbuse('LE1 6TH', 'unused@example.com', {}), who: { radio: 'someone-else' }, 'near-them-now': { radio: 'no' } }
  await answerQuestions(page, answers, { stopAt: 'contact', axe: false })
  await page.locator('input[name="contact-anonymous"][value="yes"]').check()
  await page.getByRole('button', { name: 'Continue' }).click()
  // Anonymous: there is nobody to contact, so the safe-contact questions are not asked.
  await expect(page).toHaveURL(/\/check-answers$/)
  await sendReport(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent')
  await expect(page.locator('[data-journey="contact-note"]')).toHaveText(
    'You chose to stay anonymous, so we cannot contact you about this report. You can contact us with your reference number.',
  )
  await expect(page.locator('main')).not.toContainText('We will contact you')
})
})
