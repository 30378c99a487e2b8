import * as React from 'react'
import { cn } from '../lib/cn.ts'

export type SiteNoticeProps = Omit<React.ComponentProps<'div'>, 'title'> & {
  /** The word in the coloured bar, e.g. "Important" ("Pwysig"). */
  label: React.ReactNode
  /** The notice's own heading, e.g. "New: report a breach of the rules online". */
  title: React.ReactNode
  /** A link to act on the notice (a service), shown under its words. */
  link?: { href: string; text: React.ReactNode }
}

/**
 * A notice from outside the page that every page of a site carries for a while (a national notice): GOV.UK's
 * notification banner in the site's brand colour. Each is a region named by its label and its own title, so a page
 * with two notices has two landmarks with different names, and it never takes focus.
 */
export function SiteNotice({ label, title, link, className, children, ...props }: SiteNoticeProps) {
  const id = React.useId()
  return (
    <div data-ui="site-notice" role="region" aria-labelledby={`${id}-label ${id}-title`} className={cn('mb-8 border-[5px] border-brand bg-brand', className)} {...props}>
      <div className="px-4 pt-1 pb-1.5">
        <h2 id={`${id}-label`} className="m-0 text-base font-bold text-brand-contrast">
          {label}
        </h2>
      </div>
      <div className="bg-background p-4 text-base text-text sm:p-5">
        <p id={`${id}-title`} className="mb-2 text-xl font-bold">
          {title}
        </p>
        <div className="[&_a]:text-link [&_a]:underline [&_p]:mb-2 [&>*:last-child]:mb-0">{children}</div>
        {link ? (
          <p className="mt-3 mb-0">
            <a href={link.href} className="font-bold text-link underline decoration-1 underline-offset-[0.15em] hover:decoration-[3px]">
              {link.text}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  )
}
