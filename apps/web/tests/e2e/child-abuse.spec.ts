import { expect, test, type Browser, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, staffSignIn, snap } from './helpers.ts'
import { answerQuestions, sendReport, submitTheft, type Answer } from './journey-steps.ts'

// Sexual images of a child. Seen online, with nothing that ties them to a child or a place: the person is sent to the
// IWF (which gets them taken down) and CEOP, and nothing reaches the police. When the person knows who the child is
// or where they are: a police report that goes to the top of the force's queue, high priority and flagged child
// sexual abuse, above ordinary reports made before it, and into no other force's queue.

const IWF = 'https://report.iwf.org.uk/'
const CEOP = 'https://www.ceop.police.uk/ceop-reporting/'
const REFERENCE = /^[A-Z]{3}-\d{2}-[0-9A-Z]{4}-[0-9A-Z]{2}$/

/** Every answer the journey may ask for on the images route: the walk answers whichever question each page asks. */
const imagesAnswers = (known: string[]): Record<string, Answer> => ({
  danger: { radio: 'no' },
  about: { radio: 'images' },
  'images-known': { check: known },
  'images-where': { text: 'A group called "year 7 swaps" on a messaging app' },
  postcode: { text: 'LE1 6TH' },
  where: { text: 'A school in the city centre' },
  'child-name': { text: 'Jamie, in year 7 at a school in Leicester' },
  // Optional, and left blank as someone who does not know would.
  'suspect-name': { skip: true },
  details: { text: 'A parent in our class group chat forwarded a link to the group. I recognised Jamie in a photo there.' },
  contact: { fields: { 'contact-name': 'Sam Jones', 'contact-email': 'sam.jones@example.com', 'contact-phone': '07700 900456' } },
  'safe-to-contact': { radio: 'yes' },
  'safe-contact-ways': { check: ['phone', 'email'] },
  'safe-message': { radio: 'no' },
  'safe-times': { skip: true },
})

/** From the force's list of services to the first question, as a person finds it. */
async function startFromServices(page: Page) {
  await page.goto(forceUrl('leicestershire', '/services'))
  await page.getByRole('link', { name: 'Report child abuse or exploitation' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report child abuse or exploitation')
  await page.getByRole('link', { name: 'Start now' }).click()
  await expect(page).toHaveURL(/\/services\/child-abuse\/questions\/danger$/)
}

/** Staff in their own browser (the person's cookies stay with the person), signed in to the force's queue. */
async function staffPage(browser: Browser, force: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await staffSignIn(page, force)
  return page
}

/** The references in the force's queue of every status, in the queue's order, and how many it says it holds. */
async function wholeQueue(page: Page, force: string): Promise<{ total: number; references: string[] }> {
  await page.goto(forceUrl(force, '/staff/queue?status=all'))
  const references = await page.locator('main table [data-reference]').allTextContents()
  if (references.length === 0) {
    await expect(page.getByText('No reports match these filters.')).toBeVisible()
    return { total: 0, references }
  }
  const caption = (await page.locator('main table caption').textContent()) ?? ''
  const total = /(\d+) reports/.exec(caption)?.[1]
  expect(total, `the queue caption "${caption}"`).toBeDefined()
  return { total: Number(total), references: references.map((r) => r.trim()) }
}

async function imagesSeenOnline(page: Page, browser: Browser, javaScriptEnabled: boolean) {
  const staff = await staffPage(browser, 'leicestershire', javaScriptEnabled)
  const before = await wholeQueue(staff, 'leicestershire')

  await startFromServices(page)
  const visits = await answerQuestions(page, imagesAnswers(['neither']), { axe: javaScriptEnabled })
  // Nothing identifying: the journey ends as soon as the person says so, before asking where or who.
  expect(visits.map((v) => v.questionId)).toEqual(['danger', 'about', 'images-known'])
  await expect(page).toHaveURL(/\/services\/child-abuse\/advice$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report the images to the IWF and CEOP')
  const main = page.locator('main')
  await expect(main).toContainText('The Internet Watch Foundation (IWF) gets sexual images of children taken off the internet')
  await expect(main).toContainText('report it to CEOP, the police’s child protection command')
  await expect(main).toContainText('Do not download, screenshot or share the images, even to report them: that is a crime in itself.')
  await expect(page.getByRole('link', { name: 'Report the images to the Internet Watch Foundation (IWF)' })).toHaveAttribute('href', IWF)
  await expect(page.getByRole('link', { name: 'Report to CEOP if you are worried about a child you know of' })).toHaveAttribute('href', CEOP)
  await expect(main).toContainText('We have not sent your answers to anyone.')
  // Support whatever they do next: the NSPCC for an adult worried about a child, Childline for a young person.
  await expect(page.locator('[data-helpline="nspcc-helpline"]')).toContainText('0808 800 5000')
  await expect(page.locator('[data-helpline="childline"]')).toContainText('0800 1111')
  // Quick exit stays on the outcome page of a sensitive journey.
  await expect(page.getByRole('link', { name: 'Emergency Exit this page' })).toBeVisible()
  // axe runs inside the page, so it needs JavaScript: the JavaScript-on run checks the same page.
  if (javaScriptEnabled) await expectNoAxeViolations(page)
  await snap(page, `child-abuse-${javaScriptEnabled ? 'js' : 'nojs'}-advice`)

  // Nothing was stored: the force's queue holds exactly what it held before.
  expect(await wholeQueue(staff, 'leicestershire')).toEqual(before)
  await staff.context().close()
}

async function childKnown(page: Page, browser: Browser, javaScriptEnabled: boolean) {
  const label = javaScriptEnabled ? 'js' : 'nojs'
  // An ordinary report made first, so that it is the older one: the queue must still put the child first.
  const theft = await submitTheft(page, { axe: false })
  // A theft's triage gives no other place to go, so its confirmation has none.
  await expect(page.locator('[data-journey="also"]')).toHaveCount(0)

  await startFromServices(page)
  const answers = imagesAnswers(['child'])
  const visits = (await answerQuestions(page, answers, { axe: javaScriptEnabled })).map((v) => v.questionId)
  // The images route: where the images were, no questions meant for grooming or abuse, the safe-contact questions
  // after the contact details, and no "where" (the postcode was given).
  expect(visits).toEqual([
    'danger',
    'about',
    'images-known',
    'images-where',
    'postcode',
    'child-name',
    'suspect-name',
    'details',
    'contact',
    'safe-to-contact',
    'safe-contact-ways',
    'safe-message',
    'safe-times',
  ])
  await expect(page).toHaveURL(/\/services\/child-abuse\/check-answers$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending your report')
  await expect(page.locator('main')).toContainText('Who the child is, or where they are')
  await expect(page.locator('main')).toContainText('A group called "year 7 swaps" on a messaging app')
  await sendReport(page)

  await expect(page).toHaveURL(/\/services\/child-abuse\/confirmation$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent')
  const reference = (await page.locator('[data-journey="reference"]').textContent())!.trim()
  expect(reference).toMatch(REFERENCE)
  await expect(page.locator('[data-journey="contact-note"]')).toHaveText('We will only contact you in the ways you told us are safe.')
  // The police deal with the child and whoever shared the images; the IWF can still get the images taken down.
  const also = page.locator('[data-journey="also"]')
  await expect(also.getByRole('heading', { level: 2 })).toHaveText('What else you can do')
  await expect(also.getByRole('link', { name: 'Report the web address to the Internet Watch Foundation (IWF), so the images are taken down' })).toHaveAttribute('href', IWF)
  await expect(page.locator('[data-helpline="nspcc-helpline"]')).toContainText('0808 800 5000')
  // A sensitive journey: no printable copy unless the person asks for one.
  await expect(page.getByRole('link', { name: 'View and print a copy of your report' })).toHaveCount(0)
  if (javaScriptEnabled) await expectNoAxeViolations(page)
  await snap(page, `child-abuse-${label}-confirmation`)

  // Leicestershire staff: the report heads the open queue, above the older theft, marked high and by its flag.
  const staff = await staffPage(browser, 'leicestershire', javaScriptEnabled)
  const rows = staff.locator('main table tbody tr')
  const first = rows.first()
  await expect(first.locator('[data-reference]')).toHaveText(reference)
  await expect(first.locator('[data-priority]')).toHaveText('High')
  await expect(first.locator('[data-flag="child-sexual-abuse"][data-safeguarding]')).toContainText('Child sexual abuse')
  await expect(first.locator('[data-flag="child-sexual-abuse"]')).toHaveAttribute('title', 'A child may have been sexually abused or exploited, online or in person')
  await expect(first).toContainText('Report child abuse or exploitation')
  const references = (await rows.locator('[data-reference]').allTextContents()).map((r) => r.trim())
  expect(references.indexOf(theft), 'the theft is in the queue, after the child abuse report').toBeGreaterThan(0)
  const theftRow = rows.filter({ has: staff.locator(`[data-reference="${theft}"]`) })
  await expect(theftRow.locator('[data-priority]')).not.toHaveText('High')
  if (javaScriptEnabled) await expectNoAxeViolations(staff)
  await snap(staff, `child-abuse-${label}-queue`)

  // The report: high, the flag with its meaning, and why it has that priority, rule by rule.
  await first.locator('[data-reference]').click()
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(`Report ${reference}`)
  const reportPath = new URL(staff.url()).pathname
  await expect(staff.locator('main [data-priority="high"]')).toHaveText(/^High \(\d+\)$/)
  await expect(staff.locator('[data-staff="flags"] dd', { hasText: 'A child may have been sexually abused or exploited, online or in person' })).toBeVisible()
  const rationale = staff.locator('main h2', { hasText: 'Why it has this priority' }).locator('xpath=following-sibling::ul[1]')
  await expect(rationale).toContainText('Sexual images of a child, and the person reporting knows the child, where they are, or who shared them. (child-abuse.images)')
  await expect(rationale).toContainText('A child is at risk of abuse or exploitation. (child-abuse.reported)')
  await expect(staff.locator('main')).toContainText('Jamie, in year 7 at a school in Leicester')
  if (javaScriptEnabled) await expectNoAxeViolations(staff)
  await snap(staff, `child-abuse-${label}-report`)

  // Metropolitan staff: not in their queue, and not there by its address either.
  const met = await staffPage(browser, 'metropolitan', javaScriptEnabled)
  expect((await wholeQueue(met, 'metropolitan')).references).not.toContain(reference)
  expect((await met.goto(forceUrl('metropolitan', reportPath)))?.status()).toBe(404)
  await met.context().close()

  // The handler records the crime, as they would next. That also takes it out of the open queue, so a later
  // report in this file is judged against ordinary reports only, not against this one.
  await staff.getByLabel('Set status').selectOption('crime_recorded')
  const crimeNumber = javaScriptEnabled ? 'LE/24680/26' : 'LE/13579/26'
  await staff.getByLabel('Crime number').fill(crimeNumber)
  await staff.getByRole('button', { name: 'Save status' }).click()
  await expect(staff.locator('[data-crime-number]')).toHaveText(crimeNumber)
  await staff.context().close()
}

test.describe('with JavaScript on', () => {
  test('images seen online with nothing identifying: the IWF and CEOP, and nothing sent to the police', async ({ page, browser }) => {
    test.setTimeout(180_000)
    await imagesSeenOnline(page, browser, true)
  })

  test('images of a child the person knows: a report at the top of the force’s queue only', async ({ page, browser }) => {
    test.setTimeout(360_000)
    await childKnown(page, browser, true)
  })
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('images seen online with nothing identifying: the IWF and CEOP, and nothing sent to the police', async ({ page, browser }) => {
    test.setTimeout(180_000)
    await imagesSeenOnline(page, browser, false)
  })

  test('images of a child the person knows: a report at the top of the force’s queue only', async ({ page, browser }) => {
    test.setTimeout(360_000)
    await childKnown(page, browser, false)
  })
})
