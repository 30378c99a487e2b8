import { describe, expect, it } from 'vitest'
import { checkHref } from './links.ts'

describe('checkHref keeps only plainly safe targets', () => {
  it.each([
    ['https://www.gov.uk/report-fraud', 'external'],
    ['http://example.org/page?x=1#y', 'external'],
    ['HTTPS://EXAMPLE.ORG/', 'external'],
    ['/advice/burglary', 'internal'],
    ['/services/sighting?appeal=LE-2026-0001', 'internal'],
    ['#what-happens-next', 'fragment'],
    ['mailto:neighbourhood.team@leics.police.example', 'mailto'],
    ['mailto:someone@example.org?subject=Meeting', 'mailto'],
    ['tel:101', 'tel'],
    ['tel:+443001232040', 'tel'],
    ['tel:0300%20123%202040', 'tel'],
  ] as const)('%s is %s', (href, kind) => {
    expect(checkHref(href)).toEqual({ ok: true, kind, href })
  })

  it('counts links to the site’s own hosts as internal', () => {
    expect(checkHref('https://www.leicestershire.police.uk/news', ['www.leicestershire.police.uk'])).toMatchObject({ ok: true, kind: 'internal' })
    expect(checkHref('https://WWW.Leicestershire.police.uk./news', ['www.leicestershire.police.uk'])).toMatchObject({ ok: true, kind: 'internal' })
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'javascript\u0000:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    'javascript%3Aalert(1)',
    '%6Aavascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'ftp://example.org/',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example\\share',
    'https:evil.example',
    'https:/evil.example',
    'https://police.uk@evil.example/',
    'https://user:pass@example.org/',
    'https://exa mple.org/',
    'https://example.org/\u200b',
    'advice/relative',
    '../up',
    '',
    '#',
    '#bad"quote',
    'mailto:',
    'mailto:not-an-address',
    'tel:call-me',
    'tel:javascript:alert(1)',
    `https://example.org/${'a'.repeat(3000)}`,
  ])('refuses %j', (href) => {
    expect(checkHref(href).ok).toBe(false)
  })
})
