import { describe, expect, it } from 'vitest'
import { CONTENT_CLASSES } from './classes.ts'
import { describeProblem } from './problems.ts'
import { MAX_MARKDOWN_LENGTH, renderMarkdown, type ResolvedImage } from './render.ts'
import { expectSafeHtml } from './testing.ts'

const tractor: ResolvedImage = { src: '/images/tractor-01/960.webp', srcset: '/images/tractor-01/480.webp 480w, /images/tractor-01/960.webp 960w', sizes: '(min-width: 48rem) 40rem, 100vw', width: 960, height: 640 }
const images = (id: string) => (id === 'tractor-01' ? tractor : undefined)

describe('renderMarkdown: the subset', () => {
  it('renders headings, paragraphs, emphasis and lists in the site’s typography', () => {
    const { html, problems } = renderMarkdown('## Before you call\n\nKeep *calm* and **write it down**.\n\n- one\n- two\n\n1. first\n2. second\n')
    expect(problems).toEqual([])
    expect(html).toContain(`<h2 class="${CONTENT_CLASSES.h2}">Before you call</h2>`)
    expect(html).toContain(`<p class="${CONTENT_CLASSES.p}">Keep <em>calm</em> and <strong>write it down</strong>.</p>`)
    expect(html).toContain(`<ul class="${CONTENT_CLASSES.ul}">\n<li>one</li>`)
    expect(html).toContain(`<ol class="${CONTENT_CLASSES.ol}">\n<li>first</li>`)
    expectSafeHtml(html)
  })

  it('keeps levels 3 and 4, shows a level 1 heading as level 2 and levels 5 and 6 as level 4, and says so', () => {
    const { html, problems } = renderMarkdown('# Title\n\n### Three\n\n#### Four\n\n###### Six\n')
    expect(html).toMatch(/<h2[^>]*>Title<\/h2>/)
    expect(html).toMatch(/<h3[^>]*>Three<\/h3>/)
    expect(html).toMatch(/<h4[^>]*>Four<\/h4>/)
    expect(html).toMatch(/<h4[^>]*>Six<\/h4>/)
    expect(problems).toEqual([
      { code: 'heading-level', line: 1, level: 1 },
      { code: 'heading-level', line: 7, level: 6 },
    ])
  })

  it('renders a block quote as GOV.UK inset text', () => {
    expect(renderMarkdown('> If you are in danger now, call 999.').html).toContain(`<blockquote class="${CONTENT_CLASSES.blockquote}">`)
  })

  it('renders tables with column headers and alignment classes instead of inline styles', () => {
    const { html } = renderMarkdown('| Day | Calls |\n| --- | ---: |\n| Monday | 12 |\n')
    expect(html).toContain('<th scope="col" class="border-b border-border py-2 pr-4 text-left align-top font-bold last:pr-0">Day</th>')
    expect(html).toContain('<td class="border-b border-border py-2 pr-4 text-right align-top last:pr-0">12</td>')
    expect(html).not.toContain('style=')
  })

  it('leaves code, rules and setext headings out of the subset: they read as text', () => {
    const { html } = renderMarkdown('    indented\n\nTitle\n=====\n\n---\n\n`code`\n')
    expect(html).not.toMatch(/<(pre|code|hr|h1)/)
    expect(html).toContain('indented')
    expect(html).toContain('`code`')
  })

  it('gives links to other sites rel="noopener noreferrer" and site links none', () => {
    const { html } = renderMarkdown('[Report Fraud](https://www.reportfraud.police.uk/) and [our news](/news) and [home](https://www.leics.example/)', { siteHosts: ['www.leics.example'] })
    expect(html).toContain(`<a href="https://www.reportfraud.police.uk/" class="${CONTENT_CLASSES.a}" rel="noopener noreferrer">Report Fraud</a>`)
    expect(html).toContain(`<a href="/news" class="${CONTENT_CLASSES.a}">our news</a>`)
    expect(html).toContain(`<a href="https://www.leics.example/" class="${CONTENT_CLASSES.a}">home</a>`)
  })

  it('keeps phone and email links, and drops link titles', () => {
    const { html } = renderMarkdown('[call 101](tel:101) or [email us](mailto:team@example.org "Email")')
    expect(html).toContain('href="tel:101"')
    expect(html).toContain('href="mailto:team@example.org"')
    expect(html).not.toContain('title=')
  })

  it('keeps the words of a removed link and reports where it was', () => {
    const { html, problems } = renderMarkdown('Intro\n\nsee [this page](javascript:alert(1))\nnow')
    expect(html).toContain('see this page\nnow')
    expect(problems).toEqual([{ code: 'link-unsafe', line: 3, href: 'javascript:alert(1)' }])
  })
})

describe('renderMarkdown: images', () => {
  it('renders an uploaded image by id with its widths, size and alt text, lazily', () => {
    const { html, problems, imageIds } = renderMarkdown('![A red tractor in a field](image:tractor-01)', { images })
    expect(problems).toEqual([])
    expect(imageIds).toEqual(['tractor-01'])
    expect(html).toContain(
      `<img src="/images/tractor-01/960.webp" srcset="/images/tractor-01/480.webp 480w, /images/tractor-01/960.webp 960w" sizes="(min-width: 48rem) 40rem, 100vw" alt="A red tractor in a field" width="960" height="640" loading="lazy" decoding="async" class="${CONTENT_CLASSES.img}" />`,
    )
  })

  it('refuses an image without alt text', () => {
    const { html, problems } = renderMarkdown('![](image:tractor-01)\n\n![  ](image:tractor-01)', { images })
    expect(html).not.toContain('<img')
    expect(problems.map((p) => p.code)).toEqual(['image-alt-missing', 'image-alt-missing'])
  })

  it('refuses images by address, whatever the scheme', () => {
    for (const src of ['https://example.org/a.png', '/images/a.png', 'data:image/png;base64,iVBORw0KGgo=', 'javascript:alert(1)']) {
      const { html, problems } = renderMarkdown(`![a picture](${src})`, { images })
      expect(html).not.toContain('<img')
      expect(problems).toEqual([{ code: 'image-not-uploaded', line: 1, src }])
    }
  })

  it('reports an image id the site does not know, and lists ids without looking them up when it has no lookup', () => {
    expect(renderMarkdown('![x](image:missing-99)', { images }).problems).toEqual([{ code: 'image-unknown', line: 1, imageId: 'missing-99' }])
    const { html, problems, imageIds } = renderMarkdown('![x](image:missing-99) ![y](image:tractor-01) ![z](image:tractor-01)')
    expect(html).not.toContain('<img')
    expect(problems).toEqual([])
    expect(imageIds).toEqual(['missing-99', 'tractor-01'])
  })

  it('escapes alt text', () => {
    const { html } = renderMarkdown('![a "quoted" <b>word</b>](image:tractor-01)', { images })
    expect(html).toContain('alt="a &quot;quoted&quot; &lt;b&gt;word&lt;/b&gt;"')
    expectSafeHtml(html)
  })
})

describe('renderMarkdown: problems for the editor', () => {
  it('reports raw HTML, which is shown as text', () => {
    const { html, problems } = renderMarkdown('Hello <b>there</b>\n\n<div>block</div>')
    expect(html).toContain('Hello &lt;b&gt;there&lt;/b&gt;')
    expect(problems).toEqual([
      { code: 'raw-html', line: 1 },
      { code: 'raw-html', line: 3 },
    ])
  })

  it('does not report HTML written as escapes or entities on purpose', () => {
    expect(renderMarkdown('Use \\<b> or &lt;b&gt; to show a tag').problems).toEqual([])
  })

  it('reports text over the length limit', () => {
    const problems = renderMarkdown('a'.repeat(MAX_MARKDOWN_LENGTH + 1)).problems
    expect(problems).toEqual([{ code: 'too-long', length: MAX_MARKDOWN_LENGTH + 1, max: MAX_MARKDOWN_LENGTH }])
  })

  it('describes every problem in English and Welsh, with its line', () => {
    const problems = renderMarkdown('# One\n\n[x](javascript:void(0)) ![](image:abc-123) ![y](https://e.example/a.png) ![z](image:nope-00) <i>', {
      images: () => undefined,
    }).problems
    expect(problems.map((p) => p.code)).toEqual(['heading-level', 'link-unsafe', 'image-alt-missing', 'image-not-uploaded', 'image-unknown', 'raw-html'])
    for (const p of [...problems, { code: 'too-long' as const, length: 60000, max: 50000 }]) {
      const en = describeProblem(p, 'en')
      const cy = describeProblem(p, 'cy')
      expect(en).not.toEqual(cy)
      if ('line' in p) {
        expect(en).toMatch(/^Line \d+: /)
        expect(cy).toMatch(/^Llinell \d+: /)
      }
    }
    expect(describeProblem({ code: 'too-long', length: 60000, max: 50000 }, 'en')).toBe('The text is 60,000 characters long; it must be 50,000 characters or fewer.')
  })
})
