// A content hash of a service definition, so that any change to its questions, wording or rules is seen
// (catalogue/content-lock.test.ts then asks for a version bump). Not cryptographic: it only has to notice
// edits. Pure JavaScript, because triage may not use node:crypto.

/** JSON with object keys sorted, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** 16 hex characters (two independent 32-bit FNV-1a hashes). */
export function contentHash(value: unknown): string {
  const text = canonicalJson(value)
  const hex = (n: number) => n.toString(16).padStart(8, '0')
  return hex(fnv1a(text, 0x811c9dc5)) + hex(fnv1a(text, 0x6a09e667))
}
