// A picture for a force's pages, made safe and ready to serve. What an editor uploads is decided by its first bytes
// (the evidence path's `sniff`, never the name or the browser's say-so), then decoded by sharp with the evidence
// path's pixel limit, turned upright by its EXIF orientation, and encoded again from its pixels alone as WebP at a
// few widths. Nothing of the file but the picture survives: no EXIF (the place a photo was taken, the camera, the
// time), no colour profile beyond sRGB, no comment, nothing hidden after the image's own data. A file sharp cannot
// decode is not an image, whatever its first bytes say.
import sharp, { type OutputInfo } from 'sharp'
import { refusalOf } from '../evidence/evidence-content.server.ts'
import { sniff } from '../evidence/sniff.server.ts'

/** The widths kept (CSS pixels at 1x and 2x of the page's column), never wider than the picture itself. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const
/** The width pages load when a browser does not choose (a phone's column at 2x, a desktop's at 1x). */
export const DEFAULT_WIDTH = 640
const QUALITY = 80

/** The kinds of picture accepted: those sharp decodes here (a GIF gives its first frame). */
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif'])

export interface EncodedWidth {
  width: number
  height: number
  contentType: 'image/webp'
  bytes: Buffer
}

export type ImageRefusal = 'wrong-type' | 'damaged' | 'too-many-pixels'

export type EncodeResult = { ok: true; width: number; height: number; variants: EncodedWidth[] } | { ok: false; reason: ImageRefusal }

/** The widths to keep for a picture `width` pixels wide: each standard width under it, and its own (up to the largest). */
export function widthsFor(width: number): number[] {
  const top = Math.min(width, IMAGE_WIDTHS.at(-1)!)
  return [...IMAGE_WIDTHS.filter((w) => w < top), top]
}

/** Decodes, checks and encodes again an uploaded picture; refuses anything that is not one. */
export async function encodeContentImage(bytes: Uint8Array, maxPixels: number): Promise<EncodeResult> {
  const type = sniff(bytes.subarray(0, 64))
  if (!type || !ACCEPTED.has(type.kind)) return { ok: false, reason: 'wrong-type' }
  let pixels: { data: Buffer; info: OutputInfo }
  try {
    // Decoded once, upright, to bare pixels: raw pixels carry no metadata at all, so none can reach the output.
    pixels = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error', animated: false })
      .rotate()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch (error) {
    const reason = refusalOf(error)
    return { ok: false, reason: reason === 'too-many-pixels' ? 'too-many-pixels' : 'damaged' }
  }
  const { width, height, channels } = pixels.info
  const variants: EncodedWidth[] = []
  for (const target of widthsFor(width)) {
    const { data, info } = await sharp(pixels.data, { raw: { width, height, channels } })
      .resize({ width: target, withoutEnlargement: true })
      .webp({ quality: QUALITY })
      .toBuffer({ resolveWithObject: true })
    variants.push({ width: info.width, height: info.height, contentType: 'image/webp', bytes: data })
  }
  const largest = variants.at(-1)!
  return { ok: true, width: largest.width, height: largest.height, variants }
}

/** Draws an SVG (the demo content's original drawings) to pixels at its own size (72 dpi is one pixel a unit), as if uploaded as a PNG. */
export async function rasteriseSvg(svg: Uint8Array): Promise<Buffer> {
  return sharp(svg, { density: 72 }).png().toBuffer()
}
