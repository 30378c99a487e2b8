import type { ColourRole } from './schema.ts'

/** WCAG 2.2 relative luminance of a #rrggbb colour. https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16)
  const channel = (c: number) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

export interface ContrastPair {
  foreground: ColourRole
  background: ColourRole
  /** 4.5 for body text (1.4.3), 3 for large text, focus indicators and UI parts (1.4.11, 2.4.13). */
  minimum: 4.5 | 3
  why: string
}

/** Every foreground/background pairing the shared components use. */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  { foreground: 'text', background: 'background', minimum: 4.5, why: 'body text' },
  { foreground: 'secondary-text', background: 'background', minimum: 4.5, why: 'hints and secondary text' },
  { foreground: 'link', background: 'background', minimum: 4.5, why: 'links' },
  { foreground: 'link-visited', background: 'background', minimum: 4.5, why: 'visited links' },
  { foreground: 'error', background: 'background', minimum: 4.5, why: 'error messages' },
  { foreground: 'success', background: 'background', minimum: 4.5, why: 'success text' },
  { foreground: 'brand-contrast', background: 'brand', minimum: 4.5, why: 'header and primary buttons' },
  { foreground: 'brand-contrast', background: 'success', minimum: 4.5, why: 'confirmation panel' },
  { foreground: 'brand-contrast', background: 'error', minimum: 4.5, why: 'warning buttons and the quick exit link' },
  { foreground: 'focus-text', background: 'focus', minimum: 4.5, why: 'focused links' },
  { foreground: 'text', background: 'surface', minimum: 4.5, why: 'text on panels and the footer' },
  { foreground: 'link', background: 'surface', minimum: 4.5, why: 'links on panels and the footer' },
  { foreground: 'secondary-text', background: 'surface', minimum: 4.5, why: 'hints on panels and the footer' },
  { foreground: 'border', background: 'background', minimum: 3, why: 'form field borders' },
  { foreground: 'focus-text', background: 'background', minimum: 3, why: 'the dark part of the focus indicator' },
  { foreground: 'brand', background: 'background', minimum: 3, why: 'brand bars and buttons against the page' },
] as const

export interface ContrastResult extends ContrastPair {
  ratio: number
  passes: boolean
}

export function checkContrast(colours: Record<ColourRole, string>): ContrastResult[] {
  return CONTRAST_PAIRS.map((pair) => {
    const ratio = contrastRatio(colours[pair.foreground], colours[pair.background])
    // Round down to 2 places: a ratio only passes if it truly meets the minimum.
    return { ...pair, ratio: Math.floor(ratio * 100) / 100, passes: ratio >= pair.minimum }
  })
}
