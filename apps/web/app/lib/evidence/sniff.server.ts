// Evidence file types decided by their first bytes ("magic numbers"), never by the name or the browser's say-so.
// Sources: the JPEG/PNG/GIF/WebP/PDF signatures (WHATWG MIME Sniffing §6), ISO BMFF 'ftyp' brands for HEIC, MP4
// and QuickTime (ISO/IEC 14496-12, Apple QTFF), and the EBML header with DocType "webm" for WebM.

export interface SniffedType {
  contentType: string
  /** A short label for logs. */
  kind: 'jpeg' | 'png' | 'gif' | 'webp' | 'heic' | 'pdf' | 'mp4' | 'mov' | 'webm'
}

/** How many leading bytes `sniff` wants to see (fewer is fine for short files). */
export const SNIFF_BYTES = 64

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'])
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'M4VH', 'M4VP', 'dash', 'mmp4', '3gp4', '3gp5', '3gp6', '3g2a', 'f4v '])

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length))
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((b, i) => bytes[offset + i] === b)
}

export function sniff(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', kind: 'jpeg' }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: 'image/png', kind: 'png' }
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { contentType: 'image/gif', kind: 'gif' }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { contentType: 'image/webp', kind: 'webp' }
  if (ascii(bytes, 0, 5) === '%PDF-') return { contentType: 'application/pdf', kind: 'pdf' }
  if (bytes.length >= 12 && ascii(bytes, 4, 4) === 'ftyp') {
    const major = ascii(bytes, 8, 4)
    if (HEIC_BRANDS.has(major)) return { contentType: 'image/heic', kind: 'heic' }
    if (major === 'qt  ') return { contentType: 'video/quicktime', kind: 'mov' }
    if (MP4_BRANDS.has(major)) return { contentType: 'video/mp4', kind: 'mp4' }
    return null
  }
  // Older QuickTime files start with another top-level atom.
  if (bytes.length >= 8 && ['moov', 'mdat', 'wide'].includes(ascii(bytes, 4, 4))) return { contentType: 'video/quicktime', kind: 'mov' }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    // EBML DocType element (0x42 0x82), then its length, then "webm"; Matroska (mkv) is not accepted.
    const text = ascii(bytes, 0, Math.min(bytes.length, SNIFF_BYTES))
    if (text.includes('\u0042\u0082') && text.includes('webm')) return { contentType: 'video/webm', kind: 'webm' }
  }
  return null
}
