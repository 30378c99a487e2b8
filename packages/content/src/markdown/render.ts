// The Markdown subset content is written in, rendered with markdown-it and then passed through an
// allow-list sanitiser (sanitise.ts) as a second, independent line of defence. See README.md for the subset
// and docs/decisions/011-content-as-files-and-markdown.md for why it is built this way.
import MarkdownIt from 'markdown-it'
import type { MarkdownIt as Parser, RendererRule, StateCore, Token } from 'markdown-it'
import { ALIGN_CLASSES, CONTENT_CLASSES, type ContentTag } from './classes.ts'
import { checkHref, EXTERNAL_REL } from './links.ts'
import type { MarkdownProblem } from './problems.ts'
import { sanitiseHtml } from './sanitise.ts'

/** Longest Markdown body accepted (about 8,000 words: far longer than any page should be). */
export const MAX_MARKDOWN_LENGTH = 50_000

/** An uploaded image, re-encoded and resized by the upload path, as the page should load it. */
export interface ResolvedImage {
  /** Site-relative or https address of the default width. */
  src: string
  /** The resized widths, e.g. "/images/ab12/480.webp 480w, /images/ab12/960.webp 960w". */
  srcset?: string
  /** e.g. "(min-width: 48rem) 40rem, 100vw". */
  sizes?: string
  width: number
  height: number
}

export interface RenderOptions {
  /**
   * Looks up an uploaded image by id. Without it, images are left out of the HTML (their ids are still listed in
   * `imageIds`); with it, an id it does not know is left out and reported.
   */
  images?: (id: string) => ResolvedImage | undefined
  /** The site's own hostnames: absolute links to them are not treated as links to another site. */
  siteHosts?: readonly string[]
}

export interface RenderResult {
  /** Sanitised HTML, ready to place inside the page's main column. */
  html: string
  /** What was changed or left out, in source order (see describeProblem). */
  problems: MarkdownProblem[]
  /** Every uploaded image the text refers to, so the page can be linked to them. */
  imageIds: string[]
}

/** How Markdown refers to an uploaded image: `![what it shows](image:<id>)`. */
export const IMAGE_REF = /^image:([a-z0-9][a-z0-9-]{2,63})$/
const RAW_HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?\/?>|<!--|<!\[CDATA\[|<![A-Za-z]|<\?/

type Env = {
  options: RenderOptions
  problems: MarkdownProblem[]
  imageIds: string[]
}

function createParser(): Parser {
  // The CommonMark preset, not "default": nothing is on that the subset does not name. html: false means raw
  // HTML is never passed through; it stays as text (and is reported).
  const md = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false, breaks: false })
  md.enable(['table'])
  // Indented and fenced code, horizontal rules, setext headings ("Title\n====") and inline code are not in
  // the subset: an editor who indents a paragraph gets a paragraph.
  md.disable(['code', 'fence', 'hr', 'lheading', 'html_block', 'html_inline', 'backticks'])
  // Every link reaches the subset rule below, which keeps only safe targets and reports the rest; a link
  // markdown-it refused here would silently stay as literal Markdown instead.
  md.validateLink = () => true
  md.core.ruler.before('text_join', 'bluelamp_subset', subsetRule)
  md.renderer.rules.image = renderImage
  return md
}

function subsetRule(state: StateCore): void {
  const env = state.env as unknown as Env
  const tokens = state.tokens
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const line = token.map ? token.map[0] + 1 : undefined
    if (token.type === 'heading_open') {
      const level = Number(token.tag.slice(1))
      if (level < 2 || level > 4) {
        const tag = level < 2 ? 'h2' : 'h4'
        env.problems.push({ code: 'heading-level', line, level })
        token.tag = tag
        const close = tokens[i + 2]
        if (close?.type === 'heading_close') close.tag = tag
      }
    }
    if (token.nesting === 1) styleBlock(token)
    if (token.type === 'inline' && token.children) checkInline(token.children, line, env)
  }
}

function styleBlock(token: Token): void {
  if (token.tag === 'th' || token.tag === 'td') {
    const align = /text-align:(left|center|right)/.exec(String(token.attrGet('style') ?? ''))?.[1] as keyof typeof ALIGN_CLASSES | undefined
    token.attrs = token.tag === 'th' ? [['scope', 'col']] : null
    const base = CONTENT_CLASSES[token.tag]
    token.attrSet('class', align ? base.replace('text-left', ALIGN_CLASSES[align]) : base)
    return
  }
  if (token.tag in CONTENT_CLASSES) token.attrJoin('class', CONTENT_CLASSES[token.tag as ContentTag])
}

function checkInline(children: Token[], firstLine: number | undefined, env: Env): void {
  let line = firstLine
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!
    if (child.type === 'softbreak' || child.type === 'hardbreak') {
      if (line !== undefined) line++
    } else if (child.type === 'text') {
      if (RAW_HTML.test(child.content)) env.problems.push({ code: 'raw-html', line })
    } else if (child.type === 'link_open') {
      const href = String(child.attrGet('href') ?? '')
      const check = checkHref(href, env.options.siteHosts)
      if (!check.ok) {
        env.problems.push({ code: 'link-unsafe', line, href })
        // Keep the link's words, lose the link: the open and its close become empty text.
        const close = children.findIndex((c, j) => j > i && c.type === 'link_close')
        for (const at of [i, close]) if (at >= 0) Object.assign(children[at]!, { type: 'text', tag: '', nesting: 0, attrs: null, content: '' })
        continue
      }
      child.attrs = [['href', href], ['class', CONTENT_CLASSES.a]]
      if (check.kind === 'external') child.attrSet('rel', EXTERNAL_REL)
    } else if (child.type === 'image') {
      checkImage(child, line, env)
    }
  }
}

function checkImage(token: Token, line: number | undefined, env: Env): void {
  const src = String(token.attrGet('src') ?? '')
  const id = IMAGE_REF.exec(src)?.[1]
  token.meta = null
  if (!id) {
    env.problems.push({ code: 'image-not-uploaded', line, src })
    return
  }
  env.imageIds.push(id)
  if (token.content.trim() === '') {
    env.problems.push({ code: 'image-alt-missing', line, imageId: id })
    return
  }
  if (!env.options.images) return
  const image = env.options.images(id)
  if (!image) {
    env.problems.push({ code: 'image-unknown', line, imageId: id })
    return
  }
  token.meta = { image }
}

const renderImage: RendererRule = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!
  const image = (token.meta as { image?: ResolvedImage } | null)?.image
  if (!image) return ''
  const esc = (s: string) => md.utils.escapeHtml(s)
  const alt = self.renderInlineAsText(token.children ?? [], options, env)
  const attrs: [string, string | number | undefined][] = [
    ['src', image.src],
    ['srcset', image.srcset],
    ['sizes', image.srcset ? image.sizes : undefined],
    ['alt', alt],
    ['width', image.width],
    ['height', image.height],
    ['loading', 'lazy'],
    ['decoding', 'async'],
    ['class', CONTENT_CLASSES.img],
  ]
  return `<img${attrs
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join('')}>`
}

const md = createParser()

/**
 * Renders a piece of content Markdown to safe HTML in the site's typography. Never throws on any input: what
 * it cannot render safely is left out and described in `problems`.
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): RenderResult {
  const env: Env = { options, problems: [], imageIds: [] }
  if (source.length > MAX_MARKDOWN_LENGTH) env.problems.push({ code: 'too-long', length: source.length, max: MAX_MARKDOWN_LENGTH })
  const html = sanitiseHtml(md.render(source, env), options.siteHosts)
  return { html, problems: env.problems, imageIds: [...new Set(env.imageIds)] }
}

/** The problems a piece of Markdown has, without keeping the HTML (the editor's check before saving). */
export function checkMarkdown(source: string, options: RenderOptions = {}): MarkdownProblem[] {
  return renderMarkdown(source, options).problems
}
