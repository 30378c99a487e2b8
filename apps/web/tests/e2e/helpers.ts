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
