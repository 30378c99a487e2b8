// Pictures for a force's pages: encoded again from their pixels alone (no EXIF, no GPS, nothing after the image),
// at the widths the page offers, upright; anything that is not a picture, whatever its name or first bytes, refused.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { encodeContentImage, rasteriseSvg, widthsFor } from './image-encode.server.ts'

const MAX_PIXELS = 60_000_000

/** A photo as a phone takes it: a JPEG with the camera, the time and where it was taken in its EXIF. */
async function photoWithGps(width = 1600, height = 1200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Secret Model 9', Copyright: 'Someone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 38/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '1/1 8/1 0/1' },
    })
    .toBuffer()
}

describe('encodeContentImage', () => {
  it('removes every piece of metadata, GPS included, and keeps the picture at each width as WebP', async () => {
    const original = await photoWithGps()
    const before = await sharp(original).metadata()
    expect(before.exif).toBeDefined()
    expect(original.includes(Buffer.from('Secret Model 9'))).toBe(true)
    const result = await encodeContentImage(original, MAX_PIXELS)
    if (!result.ok) throw new Error(result.reason)
    expect(result.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 240],
      [640, 480],
      [960, 720],
      [1280, 960],
    ])
    expect({ width: result.width, height: result.height }).toEqual({ width: 1280, height: 960 })
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata()
      expect(meta.format).toBe('webp')
      expect([meta.width, meta.height]).toEqual([variant.width, variant.height])
      expect(meta.exif).toBeUndefined()
      expect(meta.icc).toBeUndefined()
      expect(meta.xmp).toBeUndefined()
      expect(variant.bytes.includes(Buffer.from('Secret Model 9'))).toBe(false)
      expect(variant.bytes.includes(Buffer.from('PhoneMaker'))).toBe(false)
    }
  })

  it('turns a photo upright by its EXIF orientation before the orientation is dropped', async () => {
    // Stored 400 wide and 200 high, to be shown turned a quarter (orientation 6): upright it is 200 by 400.
    const sideways = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#3366cc' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer()
    const result = await encodeContentImage(sideways, MAX_PIXELS)
    if (!result.ok) throw new Error(result.reason)
    expect(result.variants.map((v) => [v.width, v.height])).toEqual([[200, 400]])
    expect((await sharp(result.variants[0]!.bytes).metadata()).orientation).toBeUndefined()
  })

  it('never enlarges a small picture, and keeps its own width as the largest', async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0.5 } } }).png().toBuffer()
    const result = await encodeContentImage(png, MAX_PIXELS)
    if (!result.ok) throw new Error(result.reason)
    expect(result.variants.map((v) => v.width)).toEqual([320, 640, 800])
    expect(widthsFor(100)).toEqual([100])
    expect(widthsFor(5000)).toEqual([320, 640, 960, 1280])
  })

  it('refuses a file that opens like a JPEG and goes on as a web page (a polyglot)', async () => {
    const polyglot = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0<html><script>alert(1)</script></html>'.repeat(20))])
    expect(await encodeContentImage(polyglot, MAX_PIXELS)).toEqual({ ok: false, reason: 'damaged' })
  })

  it('refuses files that are not pictures by their content, whatever they are called', async () => {
    // A web page, a PDF and an SVG, each as if renamed photo.jpg: only the bytes are read.
    expect(await encodeContentImage(Buffer.from('<!doctype html><img src=x onerror=alert(1)>'), MAX_PIXELS)).toEqual({ ok: false, reason: 'wrong-type' })
    expect(await encodeContentImage(Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\n'), MAX_PIXELS)).toEqual({ ok: false, reason: 'wrong-type' })
    expect(await encodeContentImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), MAX_PIXELS)).toEqual({ ok: false, reason: 'wrong-type' })
    expect(await encodeContentImage(Buffer.alloc(0), MAX_PIXELS)).toEqual({ ok: false, reason: 'wrong-type' })
  })

  it('refuses a picture past the pixel limit before decoding it', async () => {
    const big = await sharp({ create: { width: 3000, height: 3000, channels: 3, background: '#fff' } }).png().toBuffer()
    expect(await encodeContentImage(big, 1_000_000)).toEqual({ ok: false, reason: 'too-many-pixels' })
  })

  it('draws an SVG to pixels for the demo pictures', async () => {
    const png = await rasteriseSvg(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="#2f7d3a"/></svg>'))
    const result = await encodeContentImage(png, MAX_PIXELS)
    if (!result.ok) throw new Error(result.reason)
    expect([result.width, result.height]).toEqual([800, 600])
  })
})
