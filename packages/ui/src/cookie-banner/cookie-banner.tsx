import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { Button } from '../button/button.tsx'
import { WidthContainer } from '../layout/layout.tsx'

export type CookieBannerProps = Omit<React.ComponentProps<'div'>, 'title'> & {
  /** e.g. "Cookies on Leicestershire Police". Also names the region landmark. */
  title: string
  /** Where the choice is posted. The form works without JavaScript; the server sets the consent cookie. */
  action: string
  /** Name of the submitted field; its value is "accept" or "reject". */
  fieldName?: string
  acceptLabel?: string
  rejectLabel?: string
  viewHref: string
  viewLabel?: string
  /** After a choice: the confirmation text, shown instead of the question, with a link back to cookie settings. */
  confirmation?: React.ReactNode
  /** Hidden fields the app needs on the form, e.g. the page to return to. */
  hiddenFields?: Record<string, string>
}

/**
 * Asks for consent to optional cookies before any are set. Accept and reject are equally prominent, and the choice
 * is an ordinary form post, so it works without JavaScript.
 */
export function CookieBanner({
  title,
  action,
  fieldName = 'cookies',
  acceptLabel = 'Accept analytics cookies',
  rejectLabel = 'Reject analytics cookies',
  viewHref,
  viewLabel = 'View cookies',
  confirmation,
  hiddenFields,
  className,
  children,
  ...props
}: CookieBannerProps) {
  return (
    <div data-ui="cookie-banner" role="region" aria-label={title} className={cn('bg-surface py-5 text-text', className)} {...props}>
      <WidthContainer>
        {confirmation ? (
          <div className="text-base">{confirmation}</div>
        ) : (
          <form method="post" action={action}>
            {hiddenFields
              ? Object.entries(hiddenFields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
              : null}
            <h2 className="m-0 mb-3 text-xl font-bold">{title}</h2>
            <div className="mb-5 max-w-[640px] text-base [&_p]:mb-3">{children}</div>
            <div className="flex flex-col items-center gap-4 sm:flex-row sm:flex-wrap">
              <Button type="submit" name={fieldName} value="accept">
                {acceptLabel}
              </Button>
              <Button type="submit" name={fieldName} value="reject">
                {rejectLabel}
              </Button>
              <a href={viewHref} className="text-base">
                {viewLabel}
              </a>
            </div>
          </form>
        )}
      </WidthContainer>
    </div>
  )
}
