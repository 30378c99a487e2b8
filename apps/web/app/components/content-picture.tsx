import type { PictureView } from '../lib/content/content.server.ts'

/**
 * An appeal's photo or a story's picture: every width for the browser to choose from, its shape given so the page
 * does not move as it loads, and what it shows in the visitor's language (marked when it is in the other one).
 */
export function ContentPicture({ picture, locale }: { picture: PictureView; locale: string }) {
  return (
    <img
      src={picture.src}
      srcSet={picture.srcset}
      sizes={picture.sizes}
      width={picture.width}
      height={picture.height}
      alt={picture.alt}
      lang={picture.lang !== locale ? picture.lang : undefined}
      className="mb-8 block h-auto w-full max-w-3xl bg-surface"
      data-content-picture=""
    />
  )
}
