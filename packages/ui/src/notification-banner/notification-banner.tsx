import * as React from 'react'
import { cva } from 'class-variance-authority'
import { cn } from '../lib/cn.ts'

const banner = cva('mb-8 border-[5px]', {
  variants: {
    type: {
      information: 'border-brand bg-brand',
      success: 'border-success bg-success',
    },
  },
  defaultVariants: { type: 'information' },
})

export type NotificationBannerProps = Omit<React.ComponentProps<'div'>, 'title'> & {
  /** Short title in the coloured bar, e.g. "Important" or "Success". */
  title: React.ReactNode
  type?: 'information' | 'success'
  /** Success banners take focus when they appear, so screen reader users hear the outcome at once. */
  autoFocus?: boolean
}

/**
 * Tells people about something they need to know that is not about the page's main content (information), or
 * confirms that an action worked (success, with role="alert").
 */
export function NotificationBanner({ title, type = 'information', autoFocus, className, children, ...props }: NotificationBannerProps) {
  const ref = React.useRef<HTMLDivElement>(null)
  const titleId = React.useId()
  const shouldFocus = autoFocus ?? type === 'success'
  React.useEffect(() => {
    if (shouldFocus) ref.current?.focus()
  }, [shouldFocus])
  return (
    <div
      ref={ref}
      data-ui="notification-banner"
      role={type === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={shouldFocus ? -1 : undefined}
      className={cn(banner({ type }), className)}
      {...props}
    >
      <div className="px-4 pt-1 pb-1.5">
        <h2 id={titleId} className="m-0 text-base font-bold text-brand-contrast">
          {title}
        </h2>
      </div>
      <div className="bg-background p-4 text-base text-text sm:p-5 [&_h3]:mb-2 [&_h3]:text-xl [&_h3]:font-bold">{children}</div>
    </div>
  )
}
