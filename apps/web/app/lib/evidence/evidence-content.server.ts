// What an evidence file must be beyond its first bytes (sniff.server.ts). A file can open like a photo and go on as
// a web page, or be a real PDF that runs a script when opened, or a small PNG that decodes to billions of pixels:
// - images (JPEG, PNG, GIF, WebP) are decoded and encoded again with sharp, with a limit on their pixels; what is
//   stored is the new file, which holds the picture (and its EXIF and colour profile: the time, place and camera are
//   evidence) and nothing else, so anything hidden after or between the image's own data is gone. A file sharp
//   cannot decode is not an image, whatever its first bytes say;
// - PDFs are parsed (pdf-lib, which also opens compressed object streams) and refused when any object asks for
//   JavaScript, a launch of another program, imported data, embedded files, rich media or an XFA form, or when the
//   file is encrypted (its objects could not be checked) or cannot be parsed at all;
// - HEIC photos and videos cannot be re-encoded here (no decoder ships with the registry's packages); they are kept
//   as sent, checked by their container's type only, and the back office only ever offers them as downloads.
import sharp, { type Sharp } from 'sharp'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from 'pdf-lib'
import type { SniffedType } from './sniff.server.ts'

// No cache (each file is seen once) and one libvips thread per image: uploads share the web process's cores.
sharp.cache(false)
sharp.concurrency(1)

export type ContentRefusal = 'damaged' | 'too-many-pixels' | 'active-content'

export class RefusedContent extends Error {
  override name = 'RefusedContent'
  constructor(readonly reason: ContentRefusal) {
    super(`evidence refused: ${reason}`)
  }
}

export function isReencoded(kind: SniffedType['kind']): boolean {
  return kind === 'jpeg' || kind === 'png' || kind === 'gif' || kind === 'webp'
}

/**
 * A stream transform that decodes the image written to it and emits it encoded again in its own format. Fails with
 * RefusedContent: 'too-many-pixels' past `maxPixels`, 'damaged' for anything libvips cannot decode.
 */
export function reencodeImage(kind: 'jpeg' | 'png' | 'gif' | 'webp', maxPixels: number): Sharp {
  const animated = kind === 'gif' || kind === 'webp'
  const image = sharp({ limitInputPixels: maxPixels, sequentialRead: true, failOn: 'error', animated }).keepExif().keepIccProfile()
  switch (kind) {
    case 'jpeg':
      return image.jpeg({ quality: 92, chromaSubsampling: '4:4:4' })
    case 'png':
      return image.png({ compressionLevel: 6 })
    case 'gif':
      return image.gif()
    case 'webp':
      return image.webp({ quality: 92 })
  }
}

/** What a sharp failure means for the person: an image too big in pixels, or not an image at all. */
export function refusalOf(error: unknown): ContentRefusal {
  const message = error instanceof Error ? error.message : String(error)
  return /pixel limit/i.test(message) ? 'too-many-pixels' : 'damaged'
}

// Names that make a PDF do something when it is opened or used, rather than show what it holds (ISO 32000-1
// §12.6 actions, §7.11.4 embedded files, §13.6 rich media, §12.7.8 XFA).
const ACTIVE_KEYS = new Set(['JS', 'JavaScript', 'Launch', 'EmbeddedFile', 'EmbeddedFiles', 'RichMedia', 'RichMediaContent', 'XFA'])
const ACTIVE_ACTIONS = new Set(['JavaScript', 'Launch', 'ImportData', 'RichMediaExecute', 'Rendition', 'GoToE', 'SubmitForm'])

function isActive(object: PDFObject, seen: Set<PDFObject>): boolean {
  if (seen.has(object)) return false
  seen.add(object)
  if (object instanceof PDFStream) return isActive(object.dict, seen)
  if (object instanceof PDFArray) return object.asArray().some((item) => isActive(item, seen))
  if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      const name = key.decodeText()
      if (ACTIVE_KEYS.has(name)) return true
      if (name === 'S' && value instanceof PDFName && ACTIVE_ACTIONS.has(value.decodeText())) return true
      if (name === 'Type' && value instanceof PDFName && value.decodeText() === 'EmbeddedFile') return true
      if (!(value instanceof PDFRef) && isActive(value, seen)) return true
    }
  }
  return false
}

/** Null for a PDF that only shows what it holds; otherwise why it is refused. */
export async function pdfRefusal(bytes: Uint8Array): Promise<ContentRefusal | null> {
  let document: PDFDocument
  try {
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false })
  } catch {
    return 'damaged'
  }
  // An encrypted file's strings and streams cannot be read, so its actions cannot be checked.
  if (document.isEncrypted) return 'active-content'
  // A file with no document in it (pdf-lib skips what it cannot parse) is not a PDF, whatever its first bytes say.
  try {
    if (document.getPageCount() === 0) return 'damaged'
  } catch {
    return 'damaged'
  }
  const seen = new Set<PDFObject>()
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (isActive(object, seen)) return 'active-content'
  }
  return null
}
