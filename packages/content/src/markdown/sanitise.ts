// The second line of defence. markdown-it with html: false cannot emit raw HTML and the subset rule keeps
// only safe links, but a bug or a future plugin there must still not reach a visitor: this pass re-parses
// the HTML and keeps only the tags, attributes, classes and URL schemes the subset produces. sanitize-html
// parses with htmlparser2, so it needs no DOM and runs the same on the server and in a browser.
import sanitize from 'sanitize-html'
import { ALIGN_CLASSES, CONTENT_CLASSES } from './classes.ts'
import { checkHref, EXTERNAL_REL } from './links.ts'

const classesOf = (tag: keyof typeof CONTENT_CLASSES) => CONTENT_CLASSES[tag].split(' ')
const cellClasses = (tag: 'th' | 'td') => [...classesOf(tag), ...Object.values(ALIGN_CLASSES)]

export const ALLOWED_TAGS = ['h2', 'h3', 'h4', 'p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img'] as const

const options: sanitize.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: {
    a: ['href', { name: 'rel', multiple: true, values: EXTERNAL_REL.split(' ') }, 'class'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', { name: 'loading', values: ['lazy'] }, { name: 'decoding', values: ['async'] }, 'class'],
    ol: ['start', 'class'],
    th: [{ name: 'scope', values: ['col', 'row'] }, 'class'],
    // Only tags the subset styles carry a class, and only the classes it gives them (allowedClasses).
    ...Object.fromEntries(['h2', 'h3', 'h4', 'p', 'ul', 'blockquote', 'table', 'td'].map((tag) => [tag, ['class']])),
  },
  allowedClasses: {
    h2: classesOf('h2'),
    h3: classesOf('h3'),
    h4: classesOf('h4'),
    p: classesOf('p'),
    ul: classesOf('ul'),
    ol: classesOf('ol'),
    a: classesOf('a'),
    blockquote: classesOf('blockquote'),
    table: classesOf('table'),
    th: cellClasses('th'),
    td: cellClasses('td'),
    img: classesOf('img'),
  },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'srcset'],
  allowProtocolRelative: false,
  allowedStyles: {},
  // A tag that is not allowed goes, but its text stays (as text); script and style go with their contents.
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'svg', 'math', 'template', 'iframe', 'object'],
  parser: { lowerCaseTags: true, lowerCaseAttributeNames: true },
}

/** Keeps only what the Markdown subset can produce; everything else is removed (see ALLOWED_TAGS). */
export function sanitiseHtml(html: string, siteHosts: readonly string[] = []): string {
  return sanitize(html, {
    ...options,
    transformTags: {
      // Re-check every link with the subset's own rules (sanitize-html's scheme check knows nothing of
      // backslashes or credentials in URLs), and make sure every link to another site has its rel.
      a: (tagName, attribs) => {
        const check = checkHref(attribs.href ?? '', siteHosts)
        if (!check.ok) return { tagName: 'span', attribs: {} }
        const { rel: _rel, ...rest } = attribs
        return { tagName, attribs: check.kind === 'external' ? { ...rest, rel: EXTERNAL_REL } : rest }
      },
      img: (tagName, attribs) => {
        const check = checkHref(attribs.src ?? '', siteHosts)
        const imageOk = check.ok && (check.kind === 'internal' || (check.kind === 'external' && check.href.startsWith('https:'))) && (attribs.alt ?? '').trim() !== ''
        return imageOk ? { tagName, attribs } : { tagName: 'span', attribs: {} }
      },
    },
  })
}
