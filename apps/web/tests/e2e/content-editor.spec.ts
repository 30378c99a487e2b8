import { expect, test, type Browser, type Page } from '@playwright/test'
import sharp from 'sharp'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'

// The back-office content editor, with JavaScript on and off: a Leicestershire editor adds a photo to the force's
// picture library, drafts an appeal with it, previews it, schedules it and publishes it; it appears at once on Leicestershire's /appeals (which the page cache had kept
// without it) and sitemap, and on no other force's; Dyfed-Powys refuses to publish a page without its Welsh version.
// The demo editor accounts are seeded because the e2e server sets SEED_DEMO_STAFF=1.

async function editorPage(browser: Browser, force: string, javaScriptEnabled: boolean, role = 'editor'): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage()
  await page.goto(forceUrl(force, '/staff'))
  await page.getByLabel('Email address').fill(`${role}@${force}.example`)
  await page.getByLabel('Password').fill('demo-password-1')
  await page.getByRole('button', { name: 'Sign in' }).click()
  return page
}

/** A visitor with no cookies (the page cache serves them what it keeps): the status and text of a page or file. */
async function visit(browser: Browser, url: string): Promise<{ status: number; text: string }> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const response = await (await context.newPage()).goto(url)
  const result = { status: response?.status() ?? 0, text: (await response?.text()) ?? '' }
  await context.close()
  return result
}
const visitorText = async (browser: Browser, url: string) => (await visit(browser, url)).text


for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'js' : 'nojs'
  test(`an editor drafts, previews, schedules and publishes an appeal (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    test.setTimeout(180_000)
    const slug = `quad-bike-stolen-${mode}`
    const title = `Quad bike stolen near Melton (${mode})`
    // Warm the page cache with the listing as it is before the appeal exists.
    expect(await visitorText(browser, forceUrl('leicestershire', '/appeals'))).not.toContain(title)

    const page = await editorPage(browser, 'leicestershire', javaScriptEnabled)
    // An editor lands on the content, and sees no reports.
    await expect(page).toHaveURL(forceUrl('leicestershire', '/staff/content'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Website content')
    await expect(page.getByRole('navigation', { name: 'Back office' }).getByRole('link')).toHaveText(['Website content', 'Images'])
    await expectNoAxeViolations(page)
    await snap(page, `content-editor-list-${mode}`)

    // The appeal's photo goes into the force's picture library first.
    const photoAlt = `A red quad bike in a farmyard (${mode})`
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Images' }).click()
    const photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#b3261e' } }).jpeg().toBuffer()
    await page.getByLabel('Image file').setInputFiles({ name: 'quad-bike.jpg', mimeType: 'image/jpeg', buffer: photo })
    await page.getByLabel('What the picture shows, in English (alt text)').fill(photoAlt)
    await page.getByRole('button', { name: 'Upload image' }).click()
    await expect(page.getByRole('heading', { name: 'Image added' })).toBeVisible()
    const photoId = (await page.locator('[data-image-added]').getAttribute('data-image-added'))!
    await page.goto(forceUrl('leicestershire', '/staff/content'))

    await page.locator('[data-create="appeal"]').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write an appeal')
    await expectNoAxeViolations(page)

    // Nothing but a reference: every problem is listed, and what was typed stays.
    await page.getByLabel('Appeal reference').fill('LE-2026-0777')
    await page.getByRole('button', { name: 'Save draft' }).click()
    const summary = page.locator('[data-ui="error-summary"]')
    await expect(summary).toContainText('Write the page’s title and text')
    await expect(summary).toContainText('Enter the service that takes information')
    await expect(summary).toContainText('Enter the web address')
    await expect(page.getByLabel('Appeal reference')).toHaveValue('LE-2026-0777')
    await expectNoAxeViolations(page)
    await snap(page, `content-editor-errors-${mode}`)

    await page.getByLabel('Web address').fill(slug)
    await page.getByLabel('Service that takes information').selectOption('general-enquiry')
    await page.getByLabel('Picture', { exact: true }).selectOption(photoId)
    await page.getByLabel('What the picture shows (English)').fill(photoAlt)
    const english = page.locator('[data-language="en"]')
    await english.getByLabel('Title').fill(title)
    await english.getByLabel('Summary').fill('Did you see a red quad bike being moved near Melton Mowbray?')
    await english.getByLabel('Page text').fill('A red quad bike was taken from a farm on **Tuesday night**.\n\n- Red frame\n- Black seat')
    await page.getByRole('button', { name: 'Save draft' }).click()
    await expect(page.locator('[data-done]')).toContainText('The draft is saved.')
    await expect(page.locator('[data-state]').first()).toHaveText('Draft')
    await expectNoAxeViolations(page)
    await snap(page, `content-editor-edit-${mode}`)
    const editUrl = page.url().split('?')[0]!

    // The preview is the public appeal page, marked as a preview; the public page itself does not exist yet.
    await page.locator('[data-preview]').click()
    await expect(page.locator('[data-preview-banner]')).toContainText('Preview: the page as it will be published. It is Draft now.')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByText('LE-2026-0777', { exact: true })).toBeVisible()
    await expect(page.locator('strong', { hasText: 'Tuesday night' })).toBeVisible()
    await expectNoAxeViolations(page)
    await snap(page, `content-editor-preview-${mode}`)
    expect((await page.reload())?.headers()['cache-control']).toBe('no-store')
    expect((await visit(browser, forceUrl('leicestershire', `/appeals/${slug}`))).status).toBe(404)

    // Scheduled for later: still not on the public site.
    await page.goto(editUrl)
    await page.getByLabel('Publish on').fill('2099-07-01')
    await page.locator('#publishAt-time').fill('09:30')
    await page.getByRole('button', { name: 'Schedule' }).click()
    await expect(page.locator('[data-done]')).toContainText('The page is scheduled.')
    await expect(page.locator('[data-state]').first()).toHaveText('Scheduled')
    await expect(page.getByText('to be published 1 Jul 2099, 09:30')).toBeVisible()
    expect(await visitorText(browser, forceUrl('leicestershire', '/appeals'))).not.toContain(title)

    // Published now: on this force's listing at once (the kept listing was forgotten), its page and its sitemap.
    await page.getByRole('button', { name: 'Publish now' }).click()
    await expect(page.locator('[data-done]')).toContainText('The page is published.')
    await expect(page.locator('[data-state]').first()).toHaveText('Published')
    expect(await visitorText(browser, forceUrl('leicestershire', '/appeals'))).toContain(title)
    const published = await visitorText(browser, forceUrl('leicestershire', `/appeals/${slug}`))
    expect(published).toContain('LE-2026-0777')
    // With its photo at every width, described.
    expect(published).toContain(`/images/${photoId}-640.webp`)
    expect(published).toContain(`alt="${photoAlt}"`)
    expect(await visitorText(browser, forceUrl('leicestershire', '/sitemap.xml'))).toContain(`/appeals/${slug}`)
    // And nowhere else.
    expect(await visitorText(browser, forceUrl('metropolitan', '/appeals'))).not.toContain(title)
    expect(await visitorText(browser, forceUrl('metropolitan', '/sitemap.xml'))).not.toContain(slug)
    expect((await visit(browser, forceUrl('metropolitan', `/appeals/${slug}`))).status).toBe(404)

    // The history says who saved each version; an old one can be read.
    const history = page.locator('table', { hasText: 'Every saved version' })
    await expect(history.locator('tbody tr')).toHaveCount(3)
    await expect(history.locator('tbody tr').first()).toContainText('Demo Editor (leicestershire)')
    await page.locator('[data-revision="2"]').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('An earlier version')
    await expect(page.locator('[data-revision-by]')).toContainText('Demo Editor (leicestershire)')
    await expectNoAxeViolations(page)
    await page.context().close()
  })

  test(`a Welsh force refuses to publish a page without its Welsh version (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
    const page = await editorPage(browser, 'dyfed-powys', javaScriptEnabled)
    await page.goto(forceUrl('dyfed-powys', '/staff/content/new/news'))
    await page.getByLabel('Web address').fill(`english-only-${mode}`)
    const english = page.locator('[data-language="en"]')
    await english.getByLabel('Title').fill('Road closed for resurfacing')
    await english.getByLabel('Summary').fill('The A40 is closed at night this week.')
    await english.getByLabel('Page text').fill('Plan your journey.')
    await page.getByRole('button', { name: 'Publish now' }).click()
    await expect(page.locator('[data-ui="error-summary"]')).toContainText('Dyfed-Powys Police offers every page in Welsh. Add the Welsh version before publishing.')
    await expect(english.getByLabel('Title')).toHaveValue('Road closed for resurfacing')
    await expectNoAxeViolations(page)
    await snap(page, `content-editor-welsh-refused-${mode}`)
    // Nothing was saved: the list has no such page.
    await page.goto(forceUrl('dyfed-powys', '/staff/content'))
    await expect(page.locator(`[data-item="english-only-${mode}"]`)).toHaveCount(0)

    // With its Welsh version it is published; the editor works in Welsh too.
    await page.goto(forceUrl('dyfed-powys', '/staff/content/new/news'))
    await page.getByLabel('Web address').fill(`road-closed-${mode}`)
    await english.getByLabel('Title').fill('Road closed for resurfacing')
    await english.getByLabel('Summary').fill('The A40 is closed at night this week.')
    await english.getByLabel('Page text').fill('Plan your journey.')
    const welsh = page.locator('[data-language="cy"]')
    await welsh.getByLabel('Title').fill('Ffordd ar gau ar gyfer ail-wynebu')
    await welsh.getByLabel('Summary').fill('Mae’r A40 ar gau yn y nos yr wythnos hon.')
    await welsh.getByLabel('Page text').fill('Cynlluniwch eich taith.')
    await page.getByRole('button', { name: 'Publish now' }).click()
    await expect(page.locator('[data-done]')).toContainText('The page is published.')
    const editUrl = page.url().split('?')[0]!
    await page.goto(forceUrl('dyfed-powys', `/language?to=cy&returnTo=${encodeURIComponent(new URL(editUrl).pathname)}`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Golygu: Ffordd ar gau ar gyfer ail-wynebu')
    await expectNoAxeViolations(page)
    await snap(page, `content-editor-edit-cy-${mode}`)
    await page.locator('[data-preview]').click()
    await expect(page.locator('[data-preview-banner]')).toContainText('Rhagolwg')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ffordd ar gau ar gyfer ail-wynebu')
    await expectNoAxeViolations(page)
    await snap(page, `content-editor-preview-cy-${mode}`)
    await page.goto(forceUrl('dyfed-powys', '/staff/content'))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cynnwys y wefan')
    await expectNoAxeViolations(page)
    await snap(page, `content-editor-list-cy-${mode}`)
    await page.context().close()
  })
}

test('a handler is kept out of the editor', async ({ browser }) => {
  const page = await editorPage(browser, 'leicestershire', false, 'handler')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports')
  await expect(page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Website content' })).toHaveCount(0)
  expect((await page.goto(forceUrl('leicestershire', '/staff/content')))?.status()).toBe(403)
  await page.context().close()
})
