// Screenshots of chosen stories under chosen themes, for visual review:
//   pnpm --filter @bluelamp/storybook screenshots [story-id,…] [theme,…]
// Needs a static build and /usr/bin/chromium. Writes apps/storybook/screenshots/<theme>/<story>.png.
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tenantIds } from '@bluelamp/tenants/registry'
import { launchChromium } from '../tests/browser.ts'
import { serveStatic } from '../tests/static-server.ts'
import { renderStory } from '../tests/axe-gate.ts'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stories = (process.argv[2] ?? 'patterns-question-page--with-error,patterns-confirmation--default').split(',')
const themes = process.argv[3]?.split(',') ?? tenantIds.slice(0, 3)

const server = await serveStatic(join(root, 'storybook-static'))
const browser = await launchChromium()
const page = await browser.context.newPage()
try {
  for (const theme of themes) {
    mkdirSync(join(root, 'screenshots', theme), { recursive: true })
    for (const story of stories) {
      await renderStory(page, server.url, story, theme)
      const path = join(root, 'screenshots', theme, `${story}.png`)
      await page.screenshot({ path, fullPage: true })
      console.log(path)
    }
  }
} finally {
  await browser.close()
  await server.close()
}
