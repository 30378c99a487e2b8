// The usual cross-site scripting vectors, written as an editor (or someone who has taken over an editor's
// account) might type them into Markdown. Each must come out as harmless text or not at all.
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render.ts'
import { sanitiseHtml } from './sanitise.ts'
import { addressesIn, expectSafeHtml } from './testing.ts'

const images = (id: string) => ({ src: `/images/${id}/960.webp`, width: 960, height: 640 })

const vectors: Record<string, string[]> = {
  'javascript: links': [
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](  javascript:alert(1)  )',
    '[x](<javascript:alert(1)>)',
    '[x](javascript://%0Aalert(1))',
    '[x](javascript:alert(document.cookie) "title")',
  ],
  'encoded javascript: links': [
    '[x](&#106;avascript:alert(1))',
    '[x](&#x6A;avascript:alert(1))',
    '[x](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))',
    '[x](javascript&colon;alert(1))',
    '[x](jav&#x09;ascript:alert(1))',
    '[x](jav&#x0A;ascript:alert(1))',
    '[x](<java\tscript:alert(1)>)',
    '[x](%6Aavascript:alert(1))',
    '[x](javascript%3Aalert(1))',
    '[x](\\javascript:alert(1))',
    '[x](&#0;javascript:alert(1))',
  ],
  'other schemes': [
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](data:text/html,<script>alert(1)</script>)',
    '[x](file:///etc/passwd)',
    '[x](//evil.example)',
    '[x](/\\evil.example)',
    '[x](https://www.police.uk@evil.example/)',
  ],
  'raw HTML blocks': [
    '<script>alert(1)</script>',
    '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
    '<div onclick="alert(1)">click</div>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<style>body { background: url(javascript:alert(1)) }</style>',
    '<!-- <script>alert(1)</script> -->',
    '<svg onload=alert(1)>',
    '<svg><script>alert(1)</script></svg>',
    '<math><mtext><script>alert(1)</script></mtext></math>',
    '<object data="javascript:alert(1)"></object>',
    '<form action="javascript:alert(1)"><button>go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
  ],
  'inline HTML': [
    'hello <img src=x onerror=alert(1)> world',
    'hello <img src="x" onerror="alert(1)"/> world',
    'a <a href="javascript:alert(1)">link</a>',
    'a <span style="background:url(javascript:alert(1))">styled</span>',
    'a <b onmouseover=alert(1)>bold</b>',
    'a <x onfocus=alert(1) autofocus tabindex=1>',
    'a <svg/onload=alert(1)>',
    'a <details open ontoggle=alert(1)>',
  ],
  'image handlers and data URIs': [
    '![x](javascript:alert(1))',
    '![x" onerror="alert(1)](image:abc-123)',
    '![x](image:abc-123 "t\\" onerror=\\"alert(1)")',
    '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '![x](data:image/png;base64,iVBORw0KGgo=)',
    '![x](https://evil.example/x.png" onerror="alert(1))',
    '![<img src=x onerror=alert(1)>](image:abc-123)',
    '![x](image:abc-123" onerror="alert(1))',
  ],
  autolinks: [
    '<javascript:alert(1)>',
    '<JAVASCRIPT:alert(1)>',
    '<data:text/html;base64,PHNjcmlwdD4=>',
    '<vbscript:msgbox(1)>',
    '<https://evil.example/" onmouseover="alert(1)>',
  ],
  'reference-style links': [
    '[x][r]\n\n[r]: javascript:alert(1)',
    '[x][r]\n\n[r]: <javascript:alert(1)>',
    '[x]\n\n[x]: &#106;avascript:alert(1)',
    '[r]\n\n[r]: data:text/html;base64,PHNjcmlwdD4=',
    '![x][r]\n\n[r]: javascript:alert(1)',
  ],
  'nested brackets and tricky link text': [
    '[[x](javascript:alert(1))](https://ok.example/)',
    '[![x](javascript:alert(1))](javascript:alert(2))',
    '[a](https://ok.example/)(javascript:alert(1))',
    '[<img src=x onerror=alert(1)>](https://ok.example/)',
    '[x](https://ok.example/"onmouseover="alert(1))',
    '[[[[[[[[x]]]]]]]](javascript:alert(1))',
    '[x](https://ok.example/ "a\\" onmouseover=\\"alert(1)")',
  ],
  'tables and lists holding HTML': [
    '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |',
    '- <script>alert(1)</script>\n- [x](javascript:alert(1))',
    '> <iframe src=javascript:alert(1)>\n> [x](vbscript:msgbox(1))',
  ],
}

describe('Markdown XSS vectors', () => {
  for (const [group, cases] of Object.entries(vectors)) {
    describe(group, () => {
      it.each(cases)('%j renders safely', (source) => {
        const { html } = renderMarkdown(source, { images })
        expectSafeHtml(html)
        // What is left is the harmless page on ok.example, a path on this site or the uploaded image.
        for (const address of addressesIn(html)) expect(address).toMatch(/^(https:\/\/ok\.example\/|\/(?!\/))/)
      })
    })
  }

  it('still renders the safe link in a line full of unsafe ones', () => {
    const { html } = renderMarkdown('[a](https://ok.example/)(javascript:alert(1))')
    expect(html).toContain('<a href="https://ok.example/"')
  })
})

describe('sanitiseHtml on its own (the second line of defence)', () => {
  it.each([
    ['<script>alert(1)</script><p class="mb-4 text-lg">kept</p>', '<p class="mb-4 text-lg">kept</p>'],
    ['<a href="javascript:alert(1)" class="text-link underline underline-offset-2">x</a>', 'x'],
    ['<a href="/\\evil.example">x</a>', 'x'],
    ['<a href="https://police.uk@evil.example/">x</a>', 'x'],
    ['<a href="https://ok.example/" onclick="alert(1)">x</a>', '<a href="https://ok.example/" rel="noopener noreferrer">x</a>'],
    ['<a href="https://ok.example/" rel="opener">x</a>', '<a href="https://ok.example/" rel="noopener noreferrer">x</a>'],
    ['<a href="/news" target="_blank">x</a>', '<a href="/news">x</a>'],
    ['<img src="x" onerror="alert(1)">', ''],
    ['<img src="/images/a/1.webp" alt="">', ''],
    ['<img src="data:image/png;base64,AAAA" alt="x">', ''],
    ['<img src="http://example.org/a.png" alt="x">', ''],
    ['<p style="color:red" class="mb-4 evil">x</p>', '<p class="mb-4">x</p>'],
    ['<strong class="x">b</strong><li class="y">c</li>', '<strong>b</strong><li>c</li>'],
    ['<svg><g onload="alert(1)">t</g></svg>after', 'after'],
    ['<iframe src="https://evil.example/"></iframe>', ''],
    ['<h1>Title</h1><h5>deep</h5>', 'Titledeep'],
    ['<th scope="row" style="text-align:right" class="text-right evil">h</th>', '<th scope="row" class="text-right">h</th>'],
  ])('%j → %j', (input, output) => {
    expect(sanitiseHtml(input)).toBe(output)
  })

  it('keeps a srcset only when every candidate is safe', () => {
    expect(sanitiseHtml('<img src="/a/1.webp" srcset="/a/1.webp 480w, https://cdn.example/a/2.webp 960w" alt="x">')).toContain('srcset=')
    expect(sanitiseHtml('<img src="/a/1.webp" srcset="/a/1.webp 480w, javascript:alert(1) 960w" alt="x">')).not.toContain('javascript')
  })
})
