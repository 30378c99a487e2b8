// National notices and the site search. The national administrator (a demo account on the e2e server) signs in on
// the national host and publishes a notice to two chosen forces, with JavaScript on and off: it shows on every page
// of both (in Welsh on Dyfed-Powys in Welsh) and not on a third, until it is ended. The search box finds a force's
// demo appeal, its news and its services, in Welsh on a Welsh page, and never another force's items. axe on every new
// page.
import { test, expect, type Browser, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, nationalUrl, snap } from './helpers.ts'

async function adminPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await page.goto(nationalUrl('/admin/notices'))
  // Not signed in: the national back office's sign-in, coming back to the notices.
  await expect(page).toHaveURL(/\/admin\?next=/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in to the back office')
  await expectNoAxeViolations(page)
  await page.getByLabel('Email address').fill('admin@national.example')
  await page.getByLabel('Password').fill('demo-password-1')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('National notices')
  return page
}

/** Publishes a notice to Leicestershire and Dyfed-Powys through the form (its default times: from now, for a week). */
async function publish(page: Page, title: string, titleCy: string) {
  await page.getByRole('link', { name: 'Publish a new notice' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publish a national notice')
  await page.getByLabel('Title in English').fill(title)
  await page.getByLabel('Notice in English').fill('You can now tell us online about a gathering that breaks the rules.')
  await page.getByLabel('Title in Welsh').fill(titleCy)
  await page.getByLabel('Notice in Welsh').fill('Gallwch nawr ddweud wrthym ar-lein am gynulliad sy’n torri’r rheolau.')
  await page.getByLabel('Forces I choose').check()
  await page.getByLabel('Leicestershire Police').check()
  await page.getByLabel('Dyfed-Powys Police').check()
  await page.getByLabel('Link to a service (optional)').selectOption('general-enquiry')
  await page.getByLabel('Words of the link in English').fill('Contact us online')
  await page.getByLabel('Words of the link in Welsh').fill('Cysylltu â ni ar-lein')
  await page.getByRole('button', { name: 'Publish notice' }).click()
  await expect(page.getByText('The notice is published.')).toBeVisible()
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Showing')
}

const notice = (page: Page, title: string) => page.getByRole('region', { name: `Important ${title}` })
const hysbysiad = (page: Page, title: string) => page.getByRole('region', { name: `Pwysig ${title}` })

test('a national administrator publishes a notice to two chosen forces (JavaScript on): shown there, in Welsh in Welsh, not on a third', async ({ browser }) => {
  test.setTimeout(180_000)
  const page = await adminPage(browser, true)
  await expectNoAxeViolations(page)

  // A form with mistakes comes back with an error summary and keeps what was typed.
  await page.getByRole('link', { name: 'Publish a new notice' }).click()
  await expectNoAxeViolations(page)
  await page.getByLabel('Title in English').fill('Half written')
  await page.getByRole('button', { name: 'Publish notice' }).click()
  await expect(page).toHaveTitle(/^Error: /)
  const summary = page.getByRole('alert')
  await expect(summary).toContainText('Enter the title in Welsh')
  await expect(summary).toContainText('Enter the notice in English')
  await expect(page.getByLabel('Title in English')).toHaveValue('Half written')
  await expectNoAxeViolations(page)
  await snap(page, 'notices-form-errors')
  await page.getByRole('link', { name: 'Back to notices' }).click()

  await publish(page, 'New: report a breach of the rules online', 'Newydd: rhoi gwybod am dorri’r rheolau ar-lein')
  await expectNoAxeViolations(page)
  await snap(page, 'notices-list')

  // On every page of Leicestershire's site, with its link.
  const visitor = await (await browser.newContext()).newPage()
  for (const path of ['/', '/news', '/services', '/appeals/stolen-tractor-near-melton']) {
    await visitor.goto(forceUrl('leicestershire', path))
    await expect(notice(visitor, 'New: report a breach of the rules online')).toBeVisible()
  }
  await expect(notice(visitor, 'New: report a breach of the rules online').getByRole('link', { name: 'Contact us online' })).toHaveAttribute('href', '/services/general-enquiry')
  await expectNoAxeViolations(visitor)
  await visitor.goto(forceUrl('leicestershire', '/'))
  await snap(visitor, 'notices-leicestershire')

  // On Dyfed-Powys, in Welsh once the visitor chooses Welsh.
  await visitor.goto(forceUrl('dyfed-powys', '/'))
  await expect(notice(visitor, 'New: report a breach of the rules online')).toBeVisible()
  await visitor.getByRole('link', { name: 'Cymraeg' }).click()
  await expect(hysbysiad(visitor, 'Newydd: rhoi gwybod am dorri’r rheolau ar-lein')).toBeVisible()
  await expect(hysbysiad(visitor, 'Newydd: rhoi gwybod am dorri’r rheolau ar-lein')).toContainText('Gallwch nawr ddweud wrthym ar-lein')
  await expect(visitor.getByRole('link', { name: 'Cysylltu â ni ar-lein' })).toBeVisible()
  await expectNoAxeViolations(visitor)
  await snap(visitor, 'notices-dyfed-powys-cy')

  // Not on a third force, nor on the national site.
  await visitor.goto(forceUrl('metropolitan', '/'))
  await expect(visitor.getByRole('region', { name: /^Important/ })).toHaveCount(0)
  await visitor.goto(nationalUrl('/'))
  await expect(visitor.getByRole('region', { name: /^Important/ })).toHaveCount(0)

  // Changing it shows the change at once.
  await page.getByRole('link', { name: 'Change “New: report a breach of the rules online”' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change a national notice')
  await expectNoAxeViolations(page)
  await page.getByLabel('Title in English').fill('Report a breach of the rules online')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('The notice is changed.')).toBeVisible()
  await visitor.goto(forceUrl('leicestershire', '/'))
  await expect(notice(visitor, 'Report a breach of the rules online')).toBeVisible()
})

test('with JavaScript off, a notice is published to two forces and ended now', async ({ browser }) => {
  test.setTimeout(120_000)
  const page = await adminPage(browser, false)
  await publish(page, 'Our 101 number is changing', 'Mae ein rhif 101 yn newid')
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
  await visitor.goto(forceUrl('leicestershire', '/news'))
  await expect(notice(visitor, 'Our 101 number is changing')).toBeVisible()
  await visitor.goto(forceUrl('dyfed-powys', '/'))
  await expect(notice(visitor, 'Our 101 number is changing')).toBeVisible()
  await visitor.goto(forceUrl('metropolitan', '/news'))
  await expect(notice(visitor, 'Our 101 number is changing')).toHaveCount(0)

  await page.getByRole('button', { name: 'End “Our 101 number is changing” now' }).click()
  await expect(page.getByText('The notice has ended.')).toBeVisible()
  await expect(page.getByRole('row', { name: /Our 101 number is changing/ })).toContainText('Ended')
  await visitor.goto(forceUrl('leicestershire', '/news'))
  await expect(notice(visitor, 'Our 101 number is changing')).toHaveCount(0)
})

test('the search box finds a force’s appeal, news and services, in Welsh on a Welsh page, and not another force’s', async ({ page }) => {
  test.setTimeout(120_000)
  await page.goto(forceUrl('leicestershire', '/'))
  await page.getByRole('contentinfo').getByRole('link', { name: 'Search' }).click()
  await expect(page).toHaveURL(/\/search$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search Leicestershire Police')
  await expectNoAxeViolations(page)

  // Nothing typed: a clear message, not an error page.
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Enter words to search for')
  await expectNoAxeViolations(page)

  const box = page.getByLabel('Search this site')
  await box.fill('stolen tractor')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  const results = page.locator('[data-search-results] li')
  await expect(results.first()).toContainText('Witnesses sought after a tractor was stolen near Melton Mowbray')
  await expect(results.first()).toContainText('Appeal')
  await expectNoAxeViolations(page)
  await snap(page, 'search-leicestershire')

  await page.getByLabel('Search this site').fill('thefts from vehicles')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  await expect(page.getByRole('link', { name: 'Extra patrols as darker evenings bring a rise in thefts from vehicles' })).toBeVisible()

  await page.getByLabel('Search this site').fill('report a theft')
  await page.getByRole('button', { name: 'Search', exact: true }).click()
  const service = page.locator('[data-search-results] li[data-kind="service"]').filter({ hasText: 'Report a theft' })
  await expect(service).toContainText('Online service')
  await service.getByRole('link', { name: 'Report a theft' }).click()
  await expect(page).toHaveURL(/\/services\/theft$/)

  // Another force's appeal is not found here, and this one not there.
  await page.goto(forceUrl('metropolitan', '/search?q=tractor+Melton'))
  await expect(page.getByText('No results for “tractor Melton”.')).toBeVisible()
  await expectNoAxeViolations(page)

  // Welsh: the Welsh words of the Welsh page.
  await page.goto(forceUrl('dyfed-powys', '/search'))
  await page.getByRole('link', { name: 'Cymraeg' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chwilio Heddlu Dyfed-Powys')
  await page.getByLabel('Chwilio’r wefan hon').fill('cerddwr Brycheiniog')
  await page.getByRole('button', { name: 'Chwilio', exact: true }).click()
  await expect(page.locator('[data-search-results] li').first()).toContainText('Ydych chi wedi gweld y cerddwr hwn ym Mannau Brycheiniog?')
  await expect(page.locator('[data-search-results] li').first()).toContainText('Apêl')
  await expectNoAxeViolations(page)
  await snap(page, 'search-dyfed-powys-cy')
})
