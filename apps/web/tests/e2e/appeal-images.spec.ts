// Pictures for a force's pages and reports given from an appeal, in the production build, with JavaScript off and on:
// an administrator adds a picture with its description (refused without one, or when the file is not a picture),
// it is served at its widths on the force's host only; corrects a picture's description, replaces the demo appeal's
// photo (the appeal shows the new file at new addresses at once) and cannot delete it while the appeal uses it, and
// deletes a picture no page uses; the demo appeal shows its photo at every width; a visitor
// without JavaScript gives information from the appeal, sees the appeal on every page, sends it, and the staff see
// the report linked to the appeal in the queue (its filter too) and on the report's page. axe on every new page.
import { expect, test, type Browser, type Page } from '@playwright/test'
import sharp from 'sharp'
import { expectNoAxeViolations, forceUrl, snap } from './helpers.ts'
import { answerQuestions, type Answer } from './journey-steps.ts'

async function contextPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled })).newPage()
}

async function signInAs(page: Page, force: string, role: string) {
  await page.goto(forceUrl(force, '/staff'))
  await page.getByLabel('Email address').fill(`${role}@${force}.example`)
  await page.getByLabel('Password').fill('demo-password-1')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports')
}

/** A file at an address of the site the page is on, fetched by the page itself (Node does not resolve *.localhost). */
async function fetchHead(page: Page, url: string) {
  return page.evaluate(async (u) => {
    const response = await fetch(u, { credentials: 'omit' })
    const body = new Uint8Array(await response.arrayBuffer())
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      cache: response.headers.get('cache-control'),
      nosniff: response.headers.get('x-content-type-options'),
      riff: String.fromCharCode(...body.slice(0, 4)),
    }
  }, url)
}

/** A photo as a phone takes it, with where it was taken in its EXIF. */
async function photo(colour: string): Promise<Buffer> {
  return sharp({ create: { width: 1400, height: 1000, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 38/1 0/1' } })
    .toBuffer()
}

async function uploadImage(page: Page, name: string, bytes: Buffer, alt: string): Promise<string> {
  await page.getByLabel('Image file').setInputFiles({ name, mimeType: 'image/jpeg', buffer: bytes })
  await page.getByLabel('What the picture shows, in English (alt text)').fill(alt)
  await page.getByRole('button', { name: 'Upload image' }).click()
  await expect(page.getByRole('heading', { name: 'Image added' })).toBeVisible()
  const id = await page.locator('[data-image-added]').getAttribute('data-image-added')
  expect(id).toMatch(/^img-[a-z0-9]{12}$/)
  await expect(page.locator(`[data-image-id="${id}"]`)).toContainText(`![${alt}](image:${id})`)
  return id!
}

for (const javaScriptEnabled of [false, true]) {
  test(`an administrator adds a picture with its description, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser }) => {
    test.setTimeout(120_000)
    const page = await contextPage(browser, javaScriptEnabled)
    await signInAs(page, 'leicestershire', 'admin')
    await page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Images' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Images')
    // axe runs as a script in the page, so it checks the JavaScript run (the markup is the same without it).
    const axe = () => expectNoAxeViolations(page)
    await axe()

    // Nothing chosen, no description: both explained, linked from the summary.
    await page.getByRole('button', { name: 'Upload image' }).click()
    const summary = page.locator('[data-ui="error-summary"]')
    await expect(summary).toContainText('Select an image')
    await expect(summary).toContainText('Enter what the picture shows, in English')
    await axe()
    if (!javaScriptEnabled) await snap(page, 'images-errors-leicestershire')

    // A web page renamed photo.jpg is refused by what it is; the description typed is kept.
    await page.getByLabel('Image file').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') })
    await page.getByLabel('What the picture shows, in English (alt text)').fill('A bicycle')
    await page.getByRole('button', { name: 'Upload image' }).click()
    await expect(summary).toContainText('The selected file must be a JPG, PNG, GIF or WebP')
    await expect(page.getByLabel('What the picture shows, in English (alt text)')).toHaveValue('A bicycle')

    const alt = javaScriptEnabled ? 'A blue bicycle leaning on a fence' : 'A red bicycle leaning on a wall'
    const id = await uploadImage(page, 'bike.jpg', await photo(javaScriptEnabled ? '#2255aa' : '#aa2222'), alt)
    await axe()
    await snap(page, `images-library-leicestershire-js-${javaScriptEnabled ? 'on' : 'off'}`)

    // Served at its widths as WebP, for a year, on this force's host; the same address on another force's is 404.
    const looker = await contextPage(browser, true)
    await looker.goto(forceUrl('leicestershire', '/appeals'))
    const served = await fetchHead(looker, forceUrl('leicestershire', `/images/${id}-640.webp`))
    expect(served).toEqual({ status: 200, type: 'image/webp', cache: 'public, max-age=31536000, immutable', nosniff: 'nosniff', riff: 'RIFF' })
    expect((await fetchHead(looker, forceUrl('leicestershire', `/images/${id}-1280.webp`))).status).toBe(200)
    expect((await fetchHead(looker, forceUrl('leicestershire', `/images/${id}-1400.webp`))).status).toBe(404)
    const elsewhere = await looker.goto(forceUrl('metropolitan', `/images/${id}-640.webp`))
    expect(elsewhere?.status()).toBe(404)
  })
}

test('a handler cannot open the picture library', async ({ page }) => {
  await signInAs(page, 'leicestershire', 'handler')
  await expect(page.getByRole('navigation', { name: 'Back office' }).getByRole('link', { name: 'Images' })).toHaveCount(0)
  const response = await page.goto(forceUrl('leicestershire', '/staff/images'))
  expect(response?.status()).toBe(403)
})

const enquiry: Record<string, Answer> = {
  topic: { radio: 'other' },
  message: { text: 'I saw a green tractor being driven along the A607 at about 3am that night.' },
  contact: { fields: { 'contact-name': 'Alex Witness', 'contact-email': 'alex@example.com' } },
}

test('a visitor without JavaScript gives information from an appeal, and the staff see the report linked to it', async ({ browser }) => {
  test.setTimeout(150_000)
  const page = await contextPage(browser, false)
  await page.goto(forceUrl('leicestershire', '/appeals/stolen-tractor-near-melton'))
  // The appeal's photo: the demo drawing at each width, its shape given, described in words.
  const picture = page.locator('img[data-content-picture]')
  await expect(picture).toHaveAttribute('alt', /tractor/i)
  await expect(picture).toHaveAttribute('srcset', /\/images\/demo-tractor-320\.webp 320w, \/images\/demo-tractor-640\.webp 640w, \/images\/demo-tractor-800\.webp 800w/)
  await expect(picture).toHaveAttribute('width', '640')
  await expect(picture).toHaveAttribute('height', '480')
  await snap(page, 'appeal-photo-leicestershire')

  await page.getByRole('link', { name: 'Give information about this appeal' }).click()
  await expect(page).toHaveURL(/\/services\/general-enquiry\?appeal=LE-2026-0142$/)
  const note = page.locator('[data-appeal-reference="LE-2026-0142"]')
  await expect(note).toContainText('You are giving information about appeal LE-2026-0142')
  await snap(page, 'appeal-start-leicestershire')
  await page.getByRole('button', { name: 'Start now' }).click()
  await expect(page).toHaveURL(/\/services\/general-enquiry\/questions\/topic$/)
  await expect(note).toBeVisible()
  await answerQuestions(page, enquiry, { axe: false })
  await expect(page).toHaveURL(/\/check-answers$/)
  await expect(note).toBeVisible()
  await snap(page, 'appeal-check-answers-leicestershire')
  await page.getByRole('button', { name: 'Send report' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report sent')
  const reference = (await page.locator('[data-journey="reference"]').textContent())!.trim()

  // The same pages with JavaScript, for axe (it runs as a script in the page) and the photo loaded.
  const looker = await contextPage(browser, true)
  await looker.goto(forceUrl('leicestershire', '/appeals/stolen-tractor-near-melton'))
  const loadedPicture = looker.locator('img[data-content-picture]')
  await expect.poll(() => loadedPicture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  await expectNoAxeViolations(looker)
  await looker.goto(forceUrl('leicestershire', '/services/general-enquiry?appeal=LE-2026-0142'))
  await expectNoAxeViolations(looker)
  await looker.getByRole('button', { name: 'Start now' }).click()
  await expect(looker.locator('[data-appeal-reference="LE-2026-0142"]')).toBeVisible()
  await expectNoAxeViolations(looker)

  // The staff: a tag in the queue, the queue's appeal filter, and the appeal on the report's page.
  const staff = await contextPage(browser, true)
  await signInAs(staff, 'leicestershire', 'handler')
  await staff.getByLabel('Appeal').selectOption('LE-2026-0142')
  await staff.getByRole('button', { name: 'Apply filters' }).click()
  const row = staff.locator(`a[data-reference="${reference}"]`)
  await expect(row).toBeVisible()
  await expect(staff.locator('[data-appeal="LE-2026-0142"]').first()).toHaveText('Appeal LE-2026-0142')
  await expectNoAxeViolations(staff)
  await row.click()
  const linked = staff.locator('[data-report-appeal="LE-2026-0142"]')
  await expect(linked).toContainText('Given from the page of appeal LE-2026-0142')
  await expect(linked.getByRole('link', { name: 'View the appeal' })).toHaveAttribute('href', '/appeals/stolen-tractor-near-melton')
  await expectNoAxeViolations(staff)
  await snap(staff, 'appeal-report-staff-leicestershire')
})

test('Dyfed-Powys in Welsh: the appeal photo described in Welsh, and the library asks for the Welsh description', async ({ browser }) => {
  test.setTimeout(120_000)
  const page = await contextPage(browser, true)
  await signInAs(page, 'dyfed-powys', 'admin')
  await page.goto(forceUrl('dyfed-powys', `/language?to=cy&returnTo=${encodeURIComponent('/appeals/quad-bike-stolen-near-llandovery')}`))
  await expect(page).toHaveURL(/\/appeals\/quad-bike-stolen-near-llandovery$/)
  const picture = page.locator('img[data-content-picture]')
  await expect(picture).toHaveAttribute('alt', /Llun wedi’i dynnu o feic cwad coch/)
  await expectNoAxeViolations(page)
  await snap(page, 'appeal-photo-dyfed-powys-cy')

  await page.goto(forceUrl('dyfed-powys', '/staff/images'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Delweddau')
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Llwytho delwedd' }).click()
  const summary = page.locator('[data-ui="error-summary"]')
  await expect(summary).toContainText('Dewiswch ddelwedd')
  await expect(summary).toContainText('Rhowch beth mae’r llun yn ei ddangos, yn Gymraeg')
  await expectNoAxeViolations(page)
  await snap(page, 'images-errors-dyfed-powys-cy')
})

/** What an address of the site gives once redirects are followed: where it ended, its status and the picture's width. */
async function fetchFollowed(page: Page, url: string) {
  return page.evaluate(async (u) => {
    const response = await fetch(u, { credentials: 'omit' })
    const bitmap = response.ok ? await createImageBitmap(await response.blob()) : null
    return { status: response.status, url: new URL(response.url).pathname, width: bitmap?.width ?? 0 }
  }, url)
}

for (const javaScriptEnabled of [false, true]) {
  test(`an administrator corrects, replaces and deletes pictures, and cannot delete one a page uses, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({ browser }) => {
    test.setTimeout(120_000)
    const page = await contextPage(browser, javaScriptEnabled)
    const axe = () => expectNoAxeViolations(page)
    const summary = page.locator('[data-ui="error-summary"]')
    const altEn = page.getByLabel('What the picture shows, in English (alt text)')
    // A visitor's view of the appeal that uses the demo photo, kept by the page cache before anything changes.
    const looker = await contextPage(browser, true)
    await looker.goto(forceUrl('metropolitan', '/appeals/cargo-bike-stolen-in-hackney'))
    const shown = looker.locator('img[data-content-picture]')
    const before = (await shown.getAttribute('src'))!

    await signInAs(page, 'metropolitan', 'admin')
    await page.goto(forceUrl('metropolitan', '/staff/images'))
    await page.getByRole('link', { name: 'Change or delete image demo-cargo-bike' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change an image')
    await expect(page.locator('[data-image-uses]')).toContainText('Appeal: Have you seen this cargo bike?')
    await axe()

    // In use by the appeal: not deleted, and the summary says which page to take it out of.
    await page.getByRole('button', { name: 'Delete image' }).click()
    await expect(summary).toContainText('You cannot delete this image while pages use it. Take it out of these pages first: Appeal: Have you seen this cargo bike?')
    await axe()
    if (!javaScriptEnabled) await snap(page, 'image-in-use-metropolitan')

    // The description: refused when emptied, the Welsh typed kept; then saved.
    const welsh = page.getByLabel('What the picture shows, in Welsh (alt text)')
    await altEn.fill('')
    await welsh.fill('Beic cargo glas')
    await page.getByRole('button', { name: 'Save descriptions' }).click()
    await expect(summary).toContainText('Enter what the picture shows, in English')
    await expect(welsh).toHaveValue('Beic cargo glas')
    await axe()
    await altEn.fill('A drawing of a blue cargo bike with a child seat in its box')
    await page.getByRole('button', { name: 'Save descriptions' }).click()
    await expect(page.locator('[data-done]')).toContainText('The descriptions have been saved.')
    await expect(altEn).toHaveValue('A drawing of a blue cargo bike with a child seat in its box')

    // A new file under the same id: refused when it is no picture, then taken, one revision on.
    const revision = Number(await page.locator('[data-image-revision]').getAttribute('data-image-revision'))
    await page.getByLabel('Image file').setInputFiles({ name: 'bike.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<!doctype html><p>not a picture</p>') })
    await page.getByRole('button', { name: 'Replace image' }).click()
    await expect(summary).toContainText('The selected file must be a JPG, PNG, GIF or WebP')
    await axe()
    await page.getByLabel('Image file').setInputFiles({ name: 'bike.jpg', mimeType: 'image/jpeg', buffer: await photo(javaScriptEnabled ? '#2255aa' : '#22aa55') })
    await page.getByRole('button', { name: 'Replace image' }).click()
    await expect(page.locator('[data-done]')).toContainText('The picture has been replaced.')
    await expect(page.locator('[data-image-revision]')).toHaveAttribute('data-image-revision', String(revision + 1))
    await axe()
    await snap(page, `image-replaced-metropolitan-js-${javaScriptEnabled ? 'on' : 'off'}`)

    // The appeal shows the new file at once, from new addresses; the old address leads to the new file.
    await looker.reload()
    await expect(shown).toHaveAttribute('src', `/images/demo-cargo-bike-640.v${revision + 1}.webp`)
    await expect(shown).toHaveAttribute('alt', /cargo bike/)
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    expect(await fetchFollowed(looker, forceUrl('metropolitan', before))).toEqual({ status: 200, url: `/images/demo-cargo-bike-640.v${revision + 1}.webp`, width: 640 })

    // A picture no page uses is deleted, at every width.
    await page.goto(forceUrl('metropolitan', '/staff/images'))
    const id = await uploadImage(page, 'spare.jpg', await photo('#777777'), 'A spare picture nobody uses')
    await page.getByRole('link', { name: `Change or delete image ${id}` }).click()
    await expect(page.locator('[data-image-uses]')).toHaveText('No page uses this image.')
    await page.getByRole('button', { name: 'Delete image' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Images')
    await expect(page.locator(`[data-image-deleted="${id}"]`)).toContainText(`The image ${id} has been deleted`)
    await expect(page.locator(`[data-image-id="${id}"]`)).toHaveCount(0)
    await axe()
    expect((await fetchHead(looker, forceUrl('metropolitan', `/images/${id}-640.webp`))).status).toBe(404)
  })
}
