// A force's own website on the demo content the server seeds: news, an appeal, advice, the news feed and the
// sitemap on Leicestershire, and the same in Welsh on Dyfed-Powys, with axe on every new page. The pages ship no
// script of their own, so what is checked here is what a browser without JavaScript gets.
import { test, expect, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'

/** A file of the site the page is on, fetched by the page itself (Node does not resolve *.localhost), with its cookies. */
async function fetchFile(page: Page, path: string): Promise<{ type: string; text: string }> {
  return page.evaluate(async (p) => {
    const response = await fetch(p)
    return { type: response.headers.get('content-type') ?? '', text: await response.text() }
  }, path)
}

test('Leicestershire: news, an appeal with its reference, advice that says whose it is, the feed and the sitemap', async ({ page }) => {
  // Eleven pages, each checked by axe.
  test.setTimeout(180_000)
  await page.goto(forceUrl('leicestershire', '/'))
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'News' }).click()
  await expect(page).toHaveTitle('News – Leicestershire Police')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News')
  const stories = page.locator('main li h2')
  await expect(stories).toHaveText(['Extra patrols as darker evenings bring a rise in thefts from vehicles', 'A new neighbourhood hub opens in Loughborough'])
  await expect(page.locator('script[src], script[type="module"]')).toHaveCount(0)
  await expectNoAxeViolations(page)
  await snap(page, 'content-news-leicestershire')

  await stories.first().getByRole('link').click()
  await expect(page).toHaveURL(/\/news\/winter-vehicle-crime-patrols$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Extra patrols as darker evenings bring a rise in thefts from vehicles')
  await expectNoAxeViolations(page)

  // Another force's story is not on this site.
  const elsewhere = await page.goto(forceUrl('leicestershire', '/news/safer-travel-at-night'))
  expect(elsewhere?.status()).toBe(404)

  await page.goto(forceUrl('leicestershire', '/appeals'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Appeals')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: /tractor was stolen/ }).click()
  await expect(page.locator('main dl')).toContainText('LE-2026-0142')
  const give = page.getByRole('link', { name: 'Give information about this appeal' })
  await expect(give).toHaveAttribute('href', '/services/general-enquiry?appeal=LE-2026-0142')
  await expectNoAxeViolations(page)
  await snap(page, 'content-appeal-leicestershire')
  await give.click()
  await expect(page).toHaveURL(/\/services\/general-enquiry\?appeal=LE-2026-0142$/)

  await page.goto(forceUrl('leicestershire', '/advice'))
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Protecting your home from burglary' }).click()
  await expect(page.getByText('National police advice, with a section from Leicestershire Police')).toBeVisible()
  await expect(page.getByText('From Leicestershire Police', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'content-advice-leicestershire')

  await page.goto(forceUrl('leicestershire', '/your-area'))
  await page.getByLabel('Enter your postcode').fill('LE11 3AA')
  await page.getByRole('button', { name: 'Find your team' }).click()
  await expect(page).toHaveURL(/\/your-area\/loughborough$/)
  await expectNoAxeViolations(page)

  await page.goto(forceUrl('leicestershire', '/contact'))
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Contact')
  await expectNoAxeViolations(page)

  const feed = await fetchFile(page, '/news.atom')
  expect(feed.type).toBe('application/atom+xml; charset=utf-8')
  const atom = feed.text
  expect(atom).toContain('/news/winter-vehicle-crime-patrols</id>')
  expect(atom).not.toContain('community-speedwatch-volunteers') // a draft
  expect(atom).not.toContain('safer-travel-at-night') // the Met's

  const sitemap = (await fetchFile(page, '/sitemap.xml')).text
  expect(sitemap).toContain(`<loc>${forceUrl('leicestershire', '/appeals/stolen-tractor-near-melton')}</loc>`)
  expect(sitemap).not.toContain('dyfed-powys')
  expect(sitemap).not.toContain('community-speedwatch-volunteers')
})

test('Dyfed-Powys in Welsh: news, an appeal, advice, the feed and the sitemap', async ({ page }) => {
  test.setTimeout(180_000)
  await page.goto(forceUrl('dyfed-powys', '/news'))
  await page.getByRole('link', { name: 'Cymraeg' }).click()
  await expect(page).toHaveURL(/\/news$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Newyddion')
  // The demo story, wherever the list puts it (other specs publish stories of their own on this force).
  const story = page.locator('main li h2', { hasText: 'Gyrru’n ddiogel ar ffyrdd gwledig y gaeaf hwn' })
  await expect(story).toHaveCount(1)
  await expectNoAxeViolations(page)
  await snap(page, 'content-news-dyfed-powys-cy')

  await story.getByRole('link').click()
  await expectNoAxeViolations(page)

  await page.getByRole('navigation', { name: 'Dewislen' }).getByRole('link', { name: 'Apeliadau' }).click()
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: /beic cwad/i }).click()
  await expect(page.getByRole('link', { name: 'Rhoi gwybodaeth am yr apêl hon' })).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'content-appeal-dyfed-powys-cy')

  await page.goto(forceUrl('dyfed-powys', '/advice'))
  await expectNoAxeViolations(page)
  await page.goto(forceUrl('dyfed-powys', '/advice/fraud-and-scams'))
  await expect(page.getByText('Cyngor cenedlaethol yr heddlu: yr un fath ar wefan pob heddlu')).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'content-advice-dyfed-powys-cy')

  await page.goto(forceUrl('dyfed-powys', '/your-area'))
  await expectNoAxeViolations(page)
  await page.goto(forceUrl('dyfed-powys', '/contact'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cysylltu â Heddlu Dyfed-Powys')
  await expectNoAxeViolations(page)

  // The feed's language follows the visitor's choice, like the pages.
  const atom = (await fetchFile(page, '/news.atom')).text
  expect(atom).toContain('xml:lang="cy"')
  expect(atom).not.toContain('winter-vehicle-crime-patrols')
  const sitemap = (await fetchFile(page, '/sitemap.xml')).text
  expect(sitemap).toContain(`<loc>${forceUrl('dyfed-powys', '/appeals/quad-bike-stolen-near-llandovery')}</loc>`)
  expect(sitemap).not.toContain('stolen-tractor-near-melton')
})
