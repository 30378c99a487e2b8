import { AxeBuilder } from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export const PORT = Number(process.env.E2E_PORT ?? 3311)
export const forceUrl = (id: string, path = '/') => `http://${id}.localhost:${PORT}${path}`
export const nationalUrl = (path = '/') => `http://localhost:${PORT}${path}`

/** axe with the WCAG 2.2 AA rule sets; every violation is printed with its nodes. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
  expect(summary, summary.join('\n')).toEqual([])
}

/** Signs a demo staff member in on their force's /staff page (the demo accounts are seeded for the e2e server). */
export async function staffSignIn(page: Page, force: string, role = 'handler') {
  await page.goto(forceUrl(force, '/staff'))
  await page.getByLabel('Email address').fill(`${role}@${force}.example`)
  await page.getByLabel('Password').fill('demo-password-1')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reports')
}
