import { checkContrast, contrastRatio } from '../contrast.ts'
import { COLOUR_ROLES, type ColourRole } from '../schema.ts'

/** #rrggbb from hue (degrees), saturation and lightness (0 to 100). */
export function hsl(h: number, s: number, l: number): string {
  const sat = s / 100
  const light = l / 100
  const a = sat * Math.min(light, 1 - light)
  const channel = (n: number) => {
    const k = (n + h / 30) % 12
    const v = light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(0)}${channel(8)}${channel(4)}`
}

/**
 * The lightest colour of this hue and saturation that still has at least `minimum` contrast with every colour in
 * `against` (all light): a binary search on lightness, which darkens monotonically towards black (21:1 with white).
 */
export function darkestNeeded(h: number, s: number, minimum: number, against: string[]): string {
  const passes = (l: number) => against.every((bg) => contrastRatio(hsl(h, s, l), bg) >= minimum)
  let lo = 0
  let hi = 100
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2
    if (passes(mid)) lo = mid
    else hi = mid
  }
  // Round down to a whole step of lightness that passes, so the stored hex passes too.
  for (let l = Math.floor(lo * 10) / 10; l >= 0; l -= 0.1) if (passes(l)) return hsl(h, s, l)
  return '#000000'
}

/** FNV-1a: a small, stable hash, so the same id always gives the same colours and mark. */
export function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

export interface PaletteSeed {
  /** Brand hue in degrees. */
  hue: number
  /** Brand saturation, 0 to 100. */
  saturation: number
  /** Contrast of white on the brand colour: 4.5 is the least; higher gives a deeper colour. */
  depth: number
}

/**
 * A force's colour roles from a brand hue. Every role is solved for its contrast minimum with a margin, then the
 * whole palette is checked against CONTRAST_PAIRS, so a generated theme cannot fail the build.
 */
export function palette({ hue, saturation, depth }: PaletteSeed): Record<ColourRole, string> {
  const background = '#ffffff'
  const surface = hsl(hue, 30, 96)
  const page = [background, surface]
  // Links stay recognisably blue unless the brand itself is blue, when they take its hue.
  const linkHue = hue >= 195 && hue <= 245 ? hue : 214
  const colours: Record<ColourRole, string> = {
    brand: darkestNeeded(hue, saturation, Math.max(4.5, depth), [background]),
    'brand-contrast': background,
    text: hsl(hue, 25, 8),
    'secondary-text': darkestNeeded(hue, 10, 5.2, page),
    link: darkestNeeded(linkHue, 80, 5.6, page),
    'link-visited': darkestNeeded(282, 50, 5.6, page),
    focus: '#ffdd00',
    'focus-text': hsl(hue, 25, 8),
    error: darkestNeeded(3, 75, 5.2, page),
    success: darkestNeeded(148, 85, 5.2, page),
    border: darkestNeeded(hue, 8, 3.6, page),
    background,
    surface,
  }
  const failing = checkContrast(colours).filter((r) => !r.passes)
  if (failing.length)
    throw new Error(`palette for hue ${hue}: ${failing.map((f) => `${f.foreground} on ${f.background} ${f.ratio}:1`).join(', ')}`)
  return Object.fromEntries(COLOUR_ROLES.map((r) => [r, colours[r]])) as Record<ColourRole, string>
}

const GOLDEN_ANGLE = 137.508

/**
 * The seed for the force at `index` in the national list: hues a golden angle apart, so no two forces near each other
 * in the list share a hue and all 46 spread round the wheel; saturation and depth vary with the id's hash.
 */
export function seedFor(id: string, index: number): PaletteSeed {
  const h = hash(id)
  return {
    hue: Math.round((index * GOLDEN_ANGLE + 205) % 360),
    saturation: 40 + (h % 33),
    depth: 6.5 + ((h >>> 8) % 4),
  }
}
