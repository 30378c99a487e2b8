// How long rendering takes, for deciding what to cache: a long national advice page, a short news item, and
// the sanitiser alone. Run with `pnpm --filter @bluelamp/content bench`; figures, not a pass/fail test.
import { bench, describe } from 'vitest'
import { renderMarkdown } from './render.ts'
import { sanitiseHtml } from './sanitise.ts'

const pages = import.meta.glob('../../content/advice/*.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
const longest = Object.values(pages)
  .map((text) => text.replace(/^---[\s\S]*?\n---\n/, ''))
  .sort((a, b) => b.length - a.length)[0]!
const short = 'Officers are patrolling car parks this month. Read our [advice](/advice/vehicle-crime-prevention).'
const html = renderMarkdown(longest).html

describe('render', () => {
  bench(`the longest national advice page (${longest.length} characters)`, () => {
    renderMarkdown(longest)
  })
  bench('a one-paragraph news item', () => {
    renderMarkdown(short)
  })
  bench('sanitising the advice page’s HTML alone', () => {
    sanitiseHtml(html)
  })
})
