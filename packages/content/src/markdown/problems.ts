import type { Locale } from '../locale.ts'

/**
 * Something in a piece of Markdown that the renderer changed or left out. The editor lists these beside the
 * preview, so an editor learns why a link or an image is missing before the page is published.
 */
export type MarkdownProblem =
  | { code: 'heading-level'; line?: number; level: number }
  | { code: 'link-unsafe'; line?: number; href: string }
  | { code: 'image-not-uploaded'; line?: number; src: string }
  | { code: 'image-alt-missing'; line?: number; imageId: string }
  | { code: 'image-unknown'; line?: number; imageId: string }
  | { code: 'raw-html'; line?: number }
  | { code: 'too-long'; length: number; max: number }

export type MarkdownProblemCode = MarkdownProblem['code']

/** Problems that stop a page being published; the others are reported and the page renders without them. */
export const BLOCKING_PROBLEMS: ReadonlySet<MarkdownProblemCode> = new Set(['link-unsafe', 'image-not-uploaded', 'image-alt-missing', 'image-unknown', 'raw-html', 'too-long'])

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s)

const messages: { [C in MarkdownProblemCode]: (p: Extract<MarkdownProblem, { code: C }>) => { en: string; cy: string } } = {
  'heading-level': (p) => ({
    en: `Headings start at level 2 (##) and go down to level 4 (####): the page title is the only level 1 heading. A level ${p.level} heading is shown as level ${p.level < 2 ? 2 : 4}.`,
    cy: `Mae penawdau’n dechrau ar lefel 2 (##) ac yn mynd i lawr i lefel 4 (####): teitl y dudalen yw’r unig bennawd lefel 1. Mae pennawd lefel ${p.level} yn cael ei ddangos fel lefel ${p.level < 2 ? 2 : 4}.`,
  }),
  'link-unsafe': (p) => ({
    en: `The link to “${short(p.href)}” was removed. Links must start with https://, http://, mailto: or tel:, or be a page on this site starting with /.`,
    cy: `Cafodd y ddolen i “${short(p.href)}” ei thynnu. Rhaid i ddolenni ddechrau gyda https://, http://, mailto: neu tel:, neu fod yn dudalen ar y wefan hon sy’n dechrau gyda /.`,
  }),
  'image-not-uploaded': (p) => ({
    en: `The image “${short(p.src)}” was removed. Upload the image first, then use it as ![description](image:its-id).`,
    cy: `Cafodd y ddelwedd “${short(p.src)}” ei thynnu. Uwchlwythwch y ddelwedd yn gyntaf, yna defnyddiwch hi fel ![disgrifiad](image:ei-dynodwr).`,
  }),
  'image-alt-missing': (p) => ({
    en: `The image ${p.imageId} has no description. Describe what the image shows between the square brackets, for people who cannot see it.`,
    cy: `Does dim disgrifiad gan y ddelwedd ${p.imageId}. Disgrifiwch beth mae’r ddelwedd yn ei ddangos rhwng y bachau sgwâr, i bobl sy’n methu ei gweld.`,
  }),
  'image-unknown': (p) => ({
    en: `There is no uploaded image ${p.imageId}. Check the image id, or upload the image again.`,
    cy: `Does dim delwedd wedi’i huwchlwytho ag enw ${p.imageId}. Gwiriwch ddynodwr y ddelwedd, neu uwchlwythwch y ddelwedd eto.`,
  }),
  'raw-html': () => ({
    en: 'HTML cannot be used in content and is shown as plain text. Use Markdown instead (for example ## for a heading, * for a list).',
    cy: 'Does dim modd defnyddio HTML mewn cynnwys ac mae’n cael ei ddangos fel testun plaen. Defnyddiwch Markdown yn lle hynny (er enghraifft ## ar gyfer pennawd, * ar gyfer rhestr).',
  }),
  'too-long': (p) => ({
    en: `The text is ${p.length.toLocaleString('en-GB')} characters long; it must be ${p.max.toLocaleString('en-GB')} characters or fewer.`,
    cy: `Mae’r testun yn ${p.length.toLocaleString('en-GB')} nod o hyd; rhaid iddo fod yn ${p.max.toLocaleString('en-GB')} nod neu lai.`,
  }),
}

/** The problem in words, for an error summary or the list beside the preview; says the line when known. */
export function describeProblem(problem: MarkdownProblem, locale: Locale): string {
  const text = (messages[problem.code] as (p: MarkdownProblem) => { en: string; cy: string })(problem)[locale]
  if (!('line' in problem) || problem.line === undefined) return text
  return locale === 'cy' ? `Llinell ${problem.line}: ${text}` : `Line ${problem.line}: ${text}`
}
