import { test, expect } from '@playwright/test'
import { expectNoAxeViolations, forceUrl, nationalUrl, snap } from './helpers.ts'

const forces = [
  { id: 'leicestershire', name: 'Leicestershire Police', brand: 'rgb(10, 45, 92)' },
  { id: 'metropolitan', name: 'Metropolitan Police Service', brand: 'rgb(31, 42, 68)' },
  { id: 'dyfed-powys', name: 'Dyfed-Powys Police', brand: 'rgb(0, 82, 74)' },
]

for (const force of forces) {
  test(`${force.id}: home page carries the force's name, theme and brand colour, with no axe violations`, async ({ page }) => {
    const response = await page.goto(forceUrl(force.id))
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('data-theme', force.id)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(force.name)
    const header = page.getByRole('banner')
    await expect(header).toContainText(force.name)
    // The header's brand bar: the first element in the banner with a painted background.
    const background = await header.evaluate((el) => {
      for (const node of [el, ...el.querySelectorAll('*')]) {
        const colour = getComputedStyle(node).backgroundColor
        if (colour !== 'rgba(0, 0, 0, 0)') return colour
      }
      return 'none'
    })
    expect(background).toBe(force.brand)
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached()
    await expect(page.getByRole('contentinfo')).toContainText('999')
    // Core pages ship no JavaScript.
    expect(await page.locator('script[src]').count()).toBe(0)
    await expectNoAxeViolations(page)
    await snap(page, `home-${force.id}`)
  })
}

test('dyfed-powys offers Cymraeg and switches the whole page to Welsh, keeping the place', async ({ page }) => {
  await page.goto(forceUrl('dyfed-powys'))
  await page.getByRole('link', { name: 'Cymraeg' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Heddlu Dyfed-Powys')
  await expect(page.getByRole('link', { name: 'Neidio i’r prif gynnwys' })).toBeAttached()
  await expectNoAxeViolations(page)
  await snap(page, 'home-dyfed-powys-cy')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('leicestershire does not offer Welsh', async ({ page }) => {
  await page.goto(forceUrl('leicestershire'))
  await expect(page.getByRole('link', { name: 'Cymraeg' })).toHaveCount(0)
})

test('the bare host is the national landing page listing the forces A to Z', async ({ page }) => {
  const response = await page.goto(nationalUrl())
  expect(response?.status()).toBe(200)
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/)
  const links = page.getByRole('main').getByRole('listitem').getByRole('link')
  const names = await links.allTextContents()
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')))
  expect(names).toContain('Leicestershire Police')
  await expectNoAxeViolations(page)
  await snap(page, 'national')
})

test('an unknown force host gets a 404 listing the forces, with no force branding', async ({ page }) => {
  const response = await page.goto(forceUrl('nowhere'))
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We don’t recognise this address')
  await expect(page.getByRole('link', { name: 'Metropolitan Police Service' })).toBeVisible()
  await expectNoAxeViolations(page)
  await snap(page, 'unknown-host')
})

test('an unknown path on a force site is a branded 404', async ({ page }) => {
  const response = await page.goto(forceUrl('metropolitan', '/no-such-page'))
  expect(response?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'metropolitan')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expectNoAxeViolations(page)
})

for (const [path, heading] of [
  ['/accessibility', 'Accessibility statement'],
  ['/privacy', 'Privacy'],
  ['/cookies', 'Cookies'],
] as const) {
  test(`the footer's ${path} page exists for each force and passes axe`, async ({ page }) => {
    const response = await page.goto(forceUrl('leicestershire', path))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expectNoAxeViolations(page)
    await page.goto(forceUrl('dyfed-powys', `/language?to=cy&returnTo=${encodeURIComponent(path)}`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy')
    await expectNoAxeViolations(page)
  })
}
