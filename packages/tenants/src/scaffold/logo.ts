import { hash } from './palette.ts'

/**
 * An original, simple mark for a force: an outline (shield, roundel, star or hexagon, chosen by the id's hash) with the
 * force's initials. It is drawn in currentColor, so it takes the header's colours, and it is never a real crest.
 */

const SHAPES = {
  shield: '<path d="M24 3.5 41.5 9.5V22c0 10.6-7 18.8-17.5 22.5C13.5 40.8 6.5 32.6 6.5 22V9.5Z"/>',
  roundel: '<circle cx="24" cy="24" r="21"/><circle cx="24" cy="24" r="17" stroke-width="1.5"/>',
  star: `<path d="${starPath(12, 22, 19)}"/>`,
  hexagon: '<path d="M24 3 42.2 13.5v21L24 45 5.8 34.5v-21Z"/>',
} as const
export type LogoShape = keyof typeof SHAPES
export const LOGO_SHAPES = Object.keys(SHAPES) as LogoShape[]

function starPath(points: number, outer: number, inner: number): string {
  const steps = points * 2
  const coords = Array.from({ length: steps }, (_, i) => {
    const r = i % 2 === 0 ? outer : inner
    const a = (Math.PI * i) / points - Math.PI / 2
    return `${(24 + r * Math.cos(a)).toFixed(1)} ${(24 + r * Math.sin(a)).toFixed(1)}`
  })
  return `M${coords.join('L')}Z`
}

/** An acronym as it is ("PSNI"), else the capitals of the significant words: "Greater Manchester" → "GM", "Kent" → "K". */
export function initials(shortName: string): string {
  if (/^[A-Z]{2,4}$/.test(shortName)) return shortName
  const words = shortName.split(/[\s-]+/).filter((w) => w && !/^(and|of|the|&)$/i.test(w))
  return words
    .map((w) => w[0]!)
    .join('')
    .toUpperCase()
    .slice(0, 3)
}

export function logoShape(id: string): LogoShape {
  return LOGO_SHAPES[hash(`logo:${id}`) % LOGO_SHAPES.length]!
}

export function logoSvg(id: string, shortName: string): string {
  const shape = logoShape(id)
  const text = initials(shortName)
  // Font size by letter count; the baseline sits so capitals are centred (a shield's centre is a little higher).
  const size = [20, 20, 15, 12.5, 10.5][text.length] ?? 10.5
  const y = (shape === 'shield' ? 23 : 24) + size * 0.36
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">' +
    `<g fill="none" stroke="currentColor" stroke-width="3" stroke-linejoin="round">${SHAPES[shape]}</g>` +
    `<text x="24" y="${y.toFixed(1)}" fill="currentColor" font-family="Arial, Helvetica, sans-serif" ` +
    `font-size="${size}" font-weight="700" text-anchor="middle">${text}</text></svg>\n`
  )
}
