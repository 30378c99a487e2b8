import * as React from 'react'
import { cn } from '../lib/cn.ts'
import { ERROR_SUMMARY_SCRIPT } from './error-summary-script.ts'

export interface ErrorSummaryItem {
  /** `#` and the id of the field (or first field of a group) to fix. */
  href: string
  text: React.ReactNode
}

export type ErrorSummaryProps = Omit<React.ComponentProps<'div'>, 'title'> & {
  title?: React.ReactNode
  errors: ErrorSummaryItem[]
  /** Move focus to the summary when it appears (on by default, as GOV.UK does). */
  autoFocus?: boolean
  /**
   * The page's CSP nonce. Given, the summary carries ERROR_SUMMARY_SCRIPT, so a page that ships no React still moves
   * focus to it and scrolls each field's question into view from its link.
   */
  nonce?: string
}

/**
 * Lists a page's errors at the top, after a failed submit. It takes focus when it renders so screen reader users
 * hear it at once: the `autofocus` attribute does that on a page with no JavaScript at all, and `role="alert"`
 * announces it where focus does not move. Each link moves focus to its field and scrolls the field's label or
 * legend into view.
 */
export function ErrorSummary({ title = 'There is a problem', errors, autoFocus = true, nonce, className, children, ...props }: ErrorSummaryProps) {
  const ref = React.useRef<HTMLDivElement>(null)
  const titleId = React.useId()
  React.useEffect(() => {
    if (autoFocus) ref.current?.focus()
  }, [autoFocus])

  return (
    <>
    <div
      ref={ref}
      data-ui="error-summary"
      tabIndex={-1}
      // GOV.UK's error summary takes focus; the attribute does so even on a page with no JavaScript.
      autoFocus={autoFocus}
      aria-labelledby={titleId}
      role="alert"
      className={cn('mb-8 border-[5px] border-error p-4 sm:p-5', className)}
      {...props}
    >
      <h2 id={titleId} className="m-0 mb-4 text-xl font-bold text-text sm:text-2xl">
        {title}
      </h2>
      {children ? <div className="mb-4 text-base">{children}</div> : null}
      <ul className="m-0 list-none space-y-2 p-0">
        {errors.map((error) => (
          <li key={error.href}>
            <a
              href={error.href}
              onClick={(event) => focusTarget(event, error.href)}
              className="text-base font-bold text-error visited:text-error"
            >
              {error.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
    {nonce !== undefined ? <script nonce={nonce} dangerouslySetInnerHTML={{ __html: ERROR_SUMMARY_SCRIPT }} /> : null}
    </>
  )
}

/** Focus the field and bring its question (legend or label) into view, not just the input itself. */
function focusTarget(event: React.MouseEvent<HTMLAnchorElement>, href: string) {
  if (!href.startsWith('#')) return
  const input = document.getElementById(decodeURIComponent(href.slice(1)))
  if (!input) return
  event.preventDefault()
  const legend = input.closest('fieldset')?.querySelector('legend')
  const label = document.querySelector(`label[for="${input.id.replace(/["\\]/g, '\\$&')}"]`)
  ;(legend ?? label ?? input).scrollIntoView?.()
  input.focus({ preventScroll: true })
}
