// A member of staff whose session runs out while they type a note: warned beforehand (with JavaScript), and never
// losing the note (with or without it): the sign-in form carries it, and signing in again brings it back to save.
import { request as httpRequest } from 'node:http'
import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, PORT, staffSignIn, snap } from './helpers.ts'
import { submitTheft } from './journey-steps.ts'

async function openReport(page: Page, reference: string) {
  await staffSignIn(page, 'leicestershire')
  await page.goto(forceUrl('leicestershire', '/staff/queue'))
  await page.locator(`a[data-reference="${reference}"]`).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText(reference)
}

/**
 * Ends the session from elsewhere, as signing out on another device would: the sign-out form posted with this
 * browser's session cookie and token, but not from this browser. (A second tab was tried: Chromium can leave the first
 * one in the background once the second closes, its rendering paused and the next click waiting for ever.) Node does
 * not resolve *.localhost, so it connects to 127.0.0.1 with the force's Host.
 */
async function endSession(page: Page) {
  const csrf = await page.locator('form[action="/staff/sign-out"] input[name="csrf"]').inputValue()
  const cookie = (await page.context().cookies(forceUrl('leicestershire'))).map((c) => `${c.name}=${c.value}`).join('; ')
  const body = new URLSearchParams({ csrf }).toString()
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: PORT,
        method: 'POST',
        path: '/staff/sign-out',
        headers: { host: `leicestershire.localhost:${PORT}`, cookie, 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
  expect(status, 'signed out').toBeLessThan(400)
}

test.describe('with JavaScript', () => {
  test('a warning before the session times out, with a way to stay signed in', async ({ page }) => {
    await staffSignIn(page, 'leicestershire')
    await page.clock.install()
    await page.goto(forceUrl('leicestershire', '/staff/queue'))
    const warning = page.locator('[data-ui="session-warning"]')
    await expect(warning.getByRole('button', { name: 'Stay signed in' })).toBeHidden()
    // The demo server's sessions time out after 30 idle minutes: the warning comes 5 minutes before.
    await page.clock.fastForward('25:30')
    await expect(warning).toContainText('For your security, you will be signed out in 5 minutes if you do nothing.')
    await expectNoAxeViolations(page)
    await snap(page, 'staff-session-warning', { fullPage: false })
    await warning.getByRole('button', { name: 'Stay signed in' }).click()
    await expect(warning).toContainText('You are still signed in.')
    await expect(warning.getByRole('button', { name: 'Stay signed in' })).toBeHidden()
  })

  test('a note typed when the session ran out comes back after signing in again', async ({ page }) => {
    test.setTimeout(120_000)
    const reference = await submitTheft(page, { axe: false })
    await openReport(page, reference)
    const note = 'Spoke to the caller.\nCCTV at the bus stop: ask the council for it before Friday.'
    await page.getByLabel('Internal note').fill(note)
    await endSession(page)
    await page.getByRole('button', { name: 'Add note' }).click()

    // Not a bare 401: the sign-in form, saying what happened and showing the note.
    await expect(page.getByRole('heading', { name: 'You have been signed out' })).toBeVisible()
    await expect(page.locator('[data-staff-carried]')).toContainText('CCTV at the bus stop')
    await expectNoAxeViolations(page)
    await snap(page, 'staff-signed-out-carried')
    // A wrong password keeps it too.
    await page.getByLabel('Email address').fill('handler@leicestershire.example')
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.locator('[data-staff-carried]')).toContainText('CCTV at the bus stop')
    await page.getByLabel('Email address').fill('handler@leicestershire.example')
    await page.getByLabel('Password').fill('demo-password-1')
    await page.getByRole('button', { name: 'Sign in' }).click()

    // Signed in again: the note to check, then save.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check and save what you typed')
    await expect(page.getByLabel('Internal note')).toHaveValue(note)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference)
    await expect(page.getByText('CCTV at the bus stop: ask the council for it before Friday.')).toBeVisible()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an update to the person typed after the session ended is carried through signing in', async ({ page }) => {
    test.setTimeout(120_000)
    const reference = await submitTheft(page, { axe: false })
    await openReport(page, reference)
    await page.getByLabel('Update for the person who reported').fill('We have recorded your report and will look at the CCTV.')
    await endSession(page)
    await page.getByRole('button', { name: 'Send update' }).click()
    await expect(page.getByRole('heading', { name: 'You have been signed out' })).toBeVisible()
    await page.getByLabel('Email address').fill('handler@leicestershire.example')
    await page.getByLabel('Password').fill('demo-password-1')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByLabel('Update for the person who reported')).toHaveValue('We have recorded your report and will look at the CCTV.')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference)
    await expect(page.getByText('We have recorded your report and will look at the CCTV.')).toBeVisible()
  })
})
