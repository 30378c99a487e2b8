// The classes rendered content carries, so an article looks like every other page of the site: the same
// Tailwind role-token utilities the app's pages use for headings, paragraphs, lists and links, and the
// GOV.UK inset text of @bluelamp/ui for block quotes. The app's stylesheet must list this folder as a
// Tailwind source (`@source`) so these classes are generated even when no page uses them yet.

export const CONTENT_CLASSES = {
  h2: 'mt-8 mb-4 text-2xl font-bold',
  h3: 'mt-6 mb-4 text-xl font-bold',
  h4: 'mt-6 mb-2 text-lg font-bold',
  p: 'mb-4 text-lg',
  ul: 'mb-6 list-disc space-y-1 pl-6 text-lg',
  ol: 'mb-6 list-decimal space-y-1 pl-6 text-lg',
  a: 'text-link underline underline-offset-2',
  blockquote: 'my-6 border-l-[10px] border-border py-3 pl-4 text-text',
  table: 'mb-8 w-full border-collapse text-base text-text',
  th: 'border-b border-border py-2 pr-4 text-left align-top font-bold last:pr-0',
  td: 'border-b border-border py-2 pr-4 text-left align-top last:pr-0',
  img: 'my-6 block h-auto max-w-full',
} as const satisfies Record<string, string>

export type ContentTag = keyof typeof CONTENT_CLASSES

/** Table cells aligned in Markdown (`| ---: |`) get a class instead of an inline style. */
export const ALIGN_CLASSES = { left: 'text-left', center: 'text-center', right: 'text-right' } as const
