import { test, expect, type Page } from '@playwright/test'
import { registry } from '@bluelamp/tenants/registry'
import { axeContext, expectNoAxeViolations, forceUrl, nationalUrl, snap } from './helpers.ts'

// Every test here only reads: the file's tests may run on both workers at once.
test.describe.configure({ mode: 'parallel' })

/** Type a postcode into the national finder and submit, as a person would (the form is a plain GET to /find). */
async function find(page: Page, postcode: string) {
  await page.goto(nationalUrl())
  await page.getByRole('textbox', { name: 'Postcode', exact: true }).fill(postcode)
  await page.getByRole('button', { name: 'Find your force' }).click()
}

test('the national landing offers a postcode finder that works without JavaScript, and shows the data attribution', async ({ page }) => {
  await page.goto(nationalUrl())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find your police force')
  const form = page.getByRole('search')
  await expect(form).toHaveAttribute('method', 'get')
  await expect(form).toHaveAttribute('action', '/find')
  expect(await page.locator('script[src]').count()).toBe(0)
  await expect(page.getByText('Contains public sector information licensed under the Open Government Licence v3.0')).toBeVisible()
  await expect(page.getByRole('main').getByRole('listitem').getByRole('link')).toHaveCount(46)
  await expectNoAxeViolations(page)
  await snap(page, 'find-landing')
})

for (const { postcode, force, name } of [
  { postcode: 'LE1 1AA', force: 'leicestershire', name: 'Leicestershire Police' },
  { postcode: 'SW1A 2AA', force: 'metropolitan', name: 'Metropolitan Police Service' },
  { postcode: 'eh11yz', force: 'police-scotland', name: 'Police Scotland' },
  { postcode: 'BT1 5GS', force: 'northern-ireland', name: 'Police Service of Northern Ireland' },
]) {
  test(`${postcode} goes to ${force}`, async ({ page }) => {
    await find(page, postcode)
    await expect(page).toHaveURL(forceUrl(force))
    await expect(page.locator('html')).toHaveAttribute('data-theme', force)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  })
}

test('CF10 1AA goes to South Wales Police, whose site offers Welsh', async ({ page }) => {
  await find(page, 'CF10 1AA')
  await expect(page).toHaveURL(forceUrl('south-wales'))
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'south-wales')
  await page.getByRole('link', { name: 'Cymraeg' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heddlu De Cymru')
  await snap(page, 'find-south-wales-cy')
})

test('an outward code alone is enough', async ({ page }) => {
  const response = await page.request.get(nationalUrl('/find?postcode=le1'), { maxRedirects: 0 })
  expect(response.status()).toBe(302)
  expect(response.headers().location).toBe(forceUrl('leicestershire'))
})

test('a district that straddles force areas shows its candidates to choose from', async ({ page }) => {
  await find(page, 'LE17 4AA')
  await expect(page).toHaveURL(nationalUrl('/find?postcode=LE17+4AA'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose your police force')
  await expect(page.getByText('Postcodes starting LE17 cover parts of more than one police force area')).toBeVisible()
  const choices = page.getByRole('list', { name: 'Choose your police force' }).getByRole('link')
  await expect(choices).toHaveText(['Leicestershire Police', 'Northamptonshire Police', 'Warwickshire Police'])
  await expect(page.getByText('Covers parts of Blaby and Harborough')).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'find-straddle')
  await choices.filter({ hasText: 'Warwickshire Police' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'warwickshire')
})

test('a straddling district on the Welsh border says which candidates offer Welsh', async ({ page }) => {
  await find(page, 'SY10')
  const dyfedPowys = page.locator('li[data-force="dyfed-powys"]')
  await expect(dyfedPowys).toContainText('Website in English and Welsh (Cymraeg)')
  await expect(page.locator('li[data-force="west-mercia"]')).not.toContainText('Cymraeg')
})

test('XX9 9XX gets a clear error on the page, keeping what was typed', async ({ page }) => {
  await find(page, 'XX9 9XX')
  await expect(page).toHaveTitle(/^Error: /)
  const summary = page.getByRole('alert')
  await expect(summary).toContainText('There is a problem')
  await expect(summary.getByRole('link', { name: 'Enter a real postcode, like LE1 1AA' })).toHaveAttribute('href', '#postcode')
  await expect(page.locator('#postcode-error')).toContainText('Enter a real postcode, like LE1 1AA')
  await expect(page.getByRole('textbox', { name: 'Postcode', exact: true })).toHaveValue('XX9 9XX')
  await expect(page.getByRole('textbox', { name: 'Postcode', exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expectNoAxeViolations(page)
  await snap(page, 'find-error')
})

test('an empty postcode and a valid one with no force both get their own message', async ({ page }) => {
  await find(page, '')
  await expect(page.locator('#postcode-error')).toContainText('Enter a postcode, like LE1 1AA')
  await find(page, 'BX1 1LT')
  await expect(page.locator('#postcode-error')).toContainText('We cannot find a police force for BX1 1LT')
})

test('/find exists only on the national site', async ({ page }) => {
  const response = await page.goto(forceUrl('leicestershire', '/find?postcode=LE1+1AA'))
  expect(response?.status()).toBe(404)
})

// All 46 home pages, in two halves so the two workers share them; each half loads axe once for its pages.
const HOMES = Object.keys(registry.tenants).sort()
test('there are 46 forces to check', () => {
  expect(HOMES).toHaveLength(46)
})
for (const ids of [HOMES.slice(0, 23), HOMES.slice(23)]) {
  test(`every force’s home page has no axe violations (${ids[0]} to ${ids.at(-1)})`, async ({ browser }) => {
    test.setTimeout(300_000)
    const context = await axeContext(browser)
    const page = await context.newPage()
    for (const id of ids) {
      const response = await page.goto(forceUrl(id))
      expect(response?.status(), id).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('data-theme', id)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(registry.tenants[id]!.name)
      await expectNoAxeViolations(page)
      if (['btp', 'police-scotland', 'northern-ireland', 'gwent', 'greater-manchester', 'lincolnshire'].includes(id))
        await snap(page, `home-${id}`)
    }
    await context.close()
  })
}
