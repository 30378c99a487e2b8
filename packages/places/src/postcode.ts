/**
 * UK postcodes, following the Royal Mail / BS 7666 format rules (the same ones GOV.UK's postcode checks use):
 * an outward code (area + district, e.g. `LE1`, `SW1A`) and an inward code (sector + unit, e.g. `1AA`).
 */

// Letters each position may hold: Q, V and X never start a postcode; I, J and Z are never second; and so on.
const A1 = '[A-PR-UWYZ]'
const A2 = '[A-HK-Y]'
const A3 = '[A-HJKPSTUW]'
const A4 = '[ABEHMNPRVWXY]'
const OUTWARD = `(?:${A1}[0-9]{1,2}|${A1}${A2}[0-9]{1,2}|${A1}[0-9]${A3}|${A1}${A2}[0-9]${A4}|GIR)`
const INWARD = '[0-9][ABD-HJLNP-UW-Z]{2}'

const FULL = new RegExp(`^(${OUTWARD})(${INWARD})$`)
const OUTWARD_ONLY = new RegExp(`^(${OUTWARD})$`)

export type ParsedPostcode =
  | { kind: 'full'; outcode: string; incode: string; /** e.g. "LE1 1AA" */ postcode: string }
  | { kind: 'outward'; outcode: string; /** e.g. "LE1" */ postcode: string }

/** Upper case with every space (including non-breaking and tabs) removed. */
export function compact(input: string): string {
  return input.toUpperCase().replace(/[\s\u00a0]+/g, '')
}

/**
 * A full postcode or an outward code, normalised ("le11aa" → "LE1 1AA", " sw1a " → "SW1A"); undefined when the
 * input is not in a valid format. Valid format says nothing about whether the postcode exists.
 */
export function parsePostcode(input: string): ParsedPostcode | undefined {
  if (typeof input !== 'string' || input.length > 20) return undefined
  const s = compact(input)
  const full = FULL.exec(s)
  if (full) {
    const [, outcode, incode] = full as unknown as [string, string, string]
    if (outcode === 'GIR' && incode !== '0AA') return undefined
    return { kind: 'full', outcode, incode, postcode: `${outcode} ${incode}` }
  }
  const outward = OUTWARD_ONLY.exec(s)
  if (outward && s !== 'GIR') return { kind: 'outward', outcode: s, postcode: s }
  return undefined
}

export function isPostcode(input: string): boolean {
  return parsePostcode(input) !== undefined
}
