import * as React from 'react'
import { cn } from '../lib/cn.ts'
import { buttonVariants } from '../button/button.tsx'

export interface ExitThisPageMessages {
  /** Screen reader progress after each lone Shift press, e.g. (2) => "Shift, press 2 more times to exit." */
  shiftPressesLeft: (n: number) => string
  /** Announced while leaving. */
  exiting: string
}

export const englishExitThisPageMessages: ExitThisPageMessages = {
  shiftPressesLeft: (n) => `Shift, press ${n} more time${n === 1 ? '' : 's'} to exit.`,
  exiting: 'Loading.',
}

export interface ExitThisPageHint {
  /** Shown without JavaScript, when only the link works: it must name no key. */
  noScript: React.ReactNode
  /** Shown once the shortcut works: names it ("…or press the Shift key 3 times"). */
  script: React.ReactNode
}

export type ExitThisPageProps = React.ComponentProps<'a'> & {
  /** Where the control leaves to: a neutral site, or a route of the app that forgets the visit and goes there. */
  href?: string
  /** Text for screen readers before the button's text, e.g. "Emergency". */
  visuallyHiddenPrefix?: string
  messages?: ExitThisPageMessages
  /** How to leave quickly, said on the page below the control. */
  hint?: ExitThisPageHint
}

const SHIFT_PRESSES = 3
const SHIFT_WINDOW_MS = 5000

/** Leave for the neutral site, replacing this page in history where the browser allows. */
export function exitNow(href: string): void {
  window.location.replace(href)
}

/**
 * Counts lone Shift presses as GOV.UK Frontend's Exit this page does: a press counts only when Shift went down and
 * came up with no other key or mouse button in between, and any other key starts the count again. So Shift+Tab,
 * capital letters and Shift+click never count; three lone presses within the window do.
 */
export function shiftCounter(onProgress: (left: number) => void, onExit: () => void, windowMs = SHIFT_WINDOW_MS) {
  let presses = 0
  let held = false
  let alone = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const reset = () => {
    presses = 0
    clearTimeout(timer)
    onProgress(0)
  }
  return {
    keydown(event: Pick<KeyboardEvent, 'key' | 'repeat'>) {
      if (event.key === 'Shift') {
        if (!event.repeat) {
          held = true
          alone = true
        }
        return
      }
      alone = false
      if (presses) reset()
    },
    pointerdown() {
      alone = false
    },
    keyup(event: Pick<KeyboardEvent, 'key'>) {
      if (event.key !== 'Shift') return
      const counts = held && alone
      held = false
      alone = false
      if (!counts) return
      presses += 1
      clearTimeout(timer)
      if (presses >= SHIFT_PRESSES) {
        presses = 0
        onExit()
        return
      }
      onProgress(SHIFT_PRESSES - presses)
      timer = setTimeout(reset, windowMs)
    },
    stop() {
      clearTimeout(timer)
    },
  }
}

/**
 * Quick exit for pages about domestic abuse or other sensitive matters. Without JavaScript it is a plain link (to a
 * neutral site, or to an app route that forgets the visit and redirects there). With JavaScript, clicking it or
 * pressing Shift on its own three times within five seconds blanks the page at once and leaves with
 * `location.replace`, so Back does not return here. No other key exits: Escape closes menus and clears fields, and
 * must never throw a person out. It cannot erase history already recorded: the page that hosts it should say how
 * to browse privately.
 *
 * On server-rendered pages that ship no React, EXIT_THIS_PAGE_SCRIPT gives the same behaviour; when it has run
 * (`data-enhanced`), this component leaves the keyboard to it.
 */
export function ExitThisPage({
  href = 'https://www.bbc.co.uk/weather',
  visuallyHiddenPrefix = 'Emergency',
  messages = englishExitThisPageMessages,
  hint,
  className,
  children = 'Exit this page',
  onClick,
  ...props
}: ExitThisPageProps) {
  const [exiting, setExiting] = React.useState(false)
  const [status, setStatus] = React.useState('')
  const [enhanced, setEnhanced] = React.useState(false)
  const ref = React.useRef<HTMLDivElement>(null)

  const leave = React.useCallback(() => {
    setExiting(true)
    setStatus(messages.exiting)
    exitNow(href)
  }, [href, messages.exiting])

  React.useEffect(() => {
    setEnhanced(true)
    if (ref.current?.hasAttribute('data-enhanced')) return
    const counter = shiftCounter((left) => setStatus(left ? messages.shiftPressesLeft(left) : ''), leave)
    const keydown = (event: KeyboardEvent) => counter.keydown(event)
    const keyup = (event: KeyboardEvent) => counter.keyup(event)
    const pointerdown = () => counter.pointerdown()
    document.addEventListener('keydown', keydown, true)
    document.addEventListener('keyup', keyup, true)
    document.addEventListener('mousedown', pointerdown, true)
    return () => {
      document.removeEventListener('keydown', keydown, true)
      document.removeEventListener('keyup', keyup, true)
      document.removeEventListener('mousedown', pointerdown, true)
      counter.stop()
    }
  }, [leave, messages])

  return (
    <>
      <div
        ref={ref}
        data-ui="exit-this-page"
        data-shift-one={messages.shiftPressesLeft(1)}
        data-shift-many={messages.shiftPressesLeft(2).replace('2', '{n}')}
        data-exiting={messages.exiting}
        className="sticky top-0 z-40 mb-2 flex justify-end py-2 print:hidden"
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
        {exiting ? <div aria-hidden="true" data-ui="exit-this-page-cover" className="fixed inset-0 z-50 bg-background" /> : null}
      </div>
      {hint ? (
        <>
          <p data-ui="exit-this-page-hint" data-js="false" hidden={enhanced} className="mb-4 text-right text-base text-secondary-text print:hidden">
            {hint.noScript}
          </p>
          <p data-ui="exit-this-page-hint" data-js="true" hidden={!enhanced} className="mb-4 text-right text-base text-secondary-text print:hidden">
            {hint.script}
          </p>
        </>
      ) : null}
    </>
  )
}
