// Property-based: whatever an editor types, built from Markdown syntax, HTML fragments, dangerous schemes
// in every disguise and arbitrary Unicode, the output holds no script, no event handler and no link or image
// address outside the allowed schemes.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './render.ts'
import { expectSafeHtml } from './testing.ts'

const schemes = ['javascript:', 'JaVaScRiPt:', 'vbscript:', 'data:text/html,', 'data:image/svg+xml,', 'java\tscript:', '&#106;avascript:', '&#x6A;avascript:', 'javascript&colon;', '%6Aavascript:', '//', '/\\', 'https://a@', 'https:', 'file:', 'mailto:', 'tel:', 'https://ok.example/', '/advice/', 'image:abc-123']
const syntax = ['[', ']', '(', ')', '<', '>', '!', '"', "'", '`', '*', '_', '#', '## ', '> ', '- ', '1. ', '|', '---', '\n', '\n\n', ' ', '\\', '&', ';', '=', ':', '/', '[r]: ', '    ']
const html = ['<script>', '</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<a href="', '" onclick="', '<style>', '<iframe ', 'onerror=', 'onmouseover=', 'style="', '<!--', '-->', '<![CDATA[', '<math>', '<x ', 'alert(1)']

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...schemes) },
  { weight: 4, arbitrary: fc.constantFrom(...syntax) },
  { weight: 3, arbitrary: fc.constantFrom(...html) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
)
const markdownish = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''))
const images = (id: string) => (id === 'abc-123' ? { src: '/images/abc-123/960.webp', srcset: '/images/abc-123/480.webp 480w', width: 960, height: 640 } : undefined)

describe('rendered output is always safe', () => {
  it('for Markdown built from hostile fragments', () => {
    fc.assert(
      fc.property(markdownish, (source) => {
        const { html } = renderMarkdown(source, { images })
        expectSafeHtml(html)
      }),
      { numRuns: 3000 },
    )
  })

  it('for arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (source) => {
        expectSafeHtml(renderMarkdown(source).html)
      }),
      { numRuns: 1000 },
    )
  })

  it('and still keeps every well-formed https link', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['https'] }), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /^[A-Za-z0-9 ]+$/.test(s) && s.trim() !== ''), (url, text) => {
        const { html, problems } = renderMarkdown(`[${text}](<${url}>)`)
        expect(problems).toEqual([])
        expect(html).toMatch(/<a href="https:\/\/[^"]+" class="[^"]+" rel="noopener noreferrer">/)
        expectSafeHtml(html)
      }),
      { numRuns: 500 },
    )
  })
})
