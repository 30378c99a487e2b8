import * as React from 'react'
import { cn } from '../lib/cn.ts'
import { buttonVariants } from '../button/button.tsx'

export interface ExitThisPageMessages {
  /** Screen reader progress after each Shift press, e.g. (2) => "Shift, press 2 more times to exit." */
  shiftPressesLeft: (n: number) => string
  /** Announced while leaving. */
  exiting: string
}

export const englishExitThisPageMessages: ExitThisPageMessages = {
  shiftPressesLeft: (n) => `Shift, press ${n} more time${n === 1 ? '' : 's'} to exit.`,
  exiting: 'Loading.',
}

export type ExitThisPageProps = React.ComponentProps<'a'> & {
  /** A neutral site that does not reveal what the person was reading. */
  href?: string
  /** Text for screen readers before the button's text, e.g. "Emergency". */
  visuallyHiddenPrefix?: string
  /** Also exit on the Escape key (unless another control handled that key first). */
  exitOnEscape?: boolean
  messages?: ExitThisPageMessages
}

const SHIFT_PRESSES = 3
const SHIFT_WINDOW_MS = 5000

/** Leave for the neutral site, replacing this page in history where the browser allows. */
export function exitNow(href: string): void {
  window.location.replace(href)
}

/**
 * Quick exit for pages about domestic abuse or other sensitive matters. Without JavaScript it is a plain link to
 * a neutral site. With JavaScript, clicking it, pressing Shift three times within five seconds, or pressing Escape
 * blanks the page at once and leaves with `location.replace`, so Back does not return here. It cannot erase
 * history already recorded: the page that hosts it should say how to browse privately.
 */
export function ExitThisPage({
  href = 'https://www.bbc.co.uk/weather',
  visuallyHiddenPrefix = 'Emergency',
  exitOnEscape = true,
  messages = englishExitThisPageMessages,
  className,
  children = 'Exit this page',
  onClick,
  ...props
}: ExitThisPageProps) {
  const [exiting, setExiting] = React.useState(false)
  const [status, setStatus] = React.useState('')

  const leave = React.useCallback(() => {
    setExiting(true)
    setStatus(messages.exiting)
    exitNow(href)
  }, [href, messages.exiting])

  React.useEffect(() => {
    let presses = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && exitOnEscape && !event.defaultPrevented) {
        leave()
        return
      }
      if (event.key !== 'Shift' || event.repeat) return
      presses += 1
      clearTimeout(timer)
      if (presses >= SHIFT_PRESSES) {
        presses = 0
        leave()
        return
      }
      setStatus(messages.shiftPressesLeft(SHIFT_PRESSES - presses))
      timer = setTimeout(() => {
        presses = 0
        setStatus('')
      }, SHIFT_WINDOW_MS)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      clearTimeout(timer)
    }
  }, [exitOnEscape, leave, messages])

  return (
    <div
      data-ui="exit-this-page"
      data-shift-one={messages.shiftPressesLeft(1)}
      data-shift-many={messages.shiftPressesLeft(2).replace('2', '{n}')}
      data-exiting={messages.exiting}
      data-escape={exitOnEscape ? undefined : 'false'}
      className="sticky top-0 z-40 mb-4 flex justify-end py-2"
    >
      <a
        href={href}
        rel="nofollow noreferrer"
        data-ui="button"
        className={cn(buttonVariants({ variant: 'warning' }), 'w-auto', className)}
        onClick={(event) => {
          onClick?.(event)
          if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
          event.preventDefault()
          leave()
        }}
        {...props}
      >
        <span className="sr-only">{visuallyHiddenPrefix} </span>
        {children}
      </a>
      <div className="sr-only" aria-live="polite" data-ui="exit-this-page-status">
        {status}
      </div>
      {exiting ? <div aria-hidden="true" className="fixed inset-0 z-50 bg-background" /> : null}
    </div>
  )
}
