import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ExitThisPage } from './exit-this-page.tsx'
import { EXIT_THIS_PAGE_SCRIPT } from './exit-this-page-script.ts'

// The script gives server-rendered pages quick exit without hydrating React.
const replace = vi.fn()
function serverRender(props: Parameters<typeof ExitThisPage>[0] = {}) {
  document.body.innerHTML = renderToStaticMarkup(<ExitThisPage href="/exit" {...props} />)
  new Function(EXIT_THIS_PAGE_SCRIPT)()
}
const key = (type: 'keydown' | 'keyup', key: string, init: KeyboardEventInit = {}) =>
  document.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, ...init }))
/** Shift pressed and released on its own. */
const shift = () => {
  key('keydown', 'Shift', { shiftKey: true })
  key('keyup', 'Shift')
}
/** Another key typed while Shift is held (Shift+Tab, a capital letter). */
const withShift = (other: string) => {
  key('keydown', 'Shift', { shiftKey: true })
  key('keydown', other, { shiftKey: true })
  key('keyup', other, { shiftKey: true })
  key('keyup', 'Shift')
}
const status = () => document.querySelector('[data-ui="exit-this-page-status"]')!.textContent
const covered = () => document.querySelector('[data-ui="exit-this-page-cover"]') !== null

beforeEach(() => {
  replace.mockReset()
  sessionStorage.clear()
  vi.stubGlobal('location', { ...window.location, replace })
})
afterEach(() => {
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('the quick exit script', () => {
  it('counts lone Shift presses in the page language, then leaves on the third', () => {
    serverRender({
      messages: { shiftPressesLeft: (n) => `Pwyswch Shift ${n} gwaith eto.`, exiting: 'Yn gadael.' },
    })
    shift()
    expect(status()).toBe('Pwyswch Shift 2 gwaith eto.')
    shift()
    expect(status()).toBe('Pwyswch Shift 1 gwaith eto.')
    expect(covered()).toBe(false)
    shift()
    expect(covered()).toBe(true)
    expect(status()).toBe('Yn gadael.')
    expect(replace).toHaveBeenCalledWith(expect.stringMatching(/\/exit$/))
  })

  it('never counts Shift held for Shift+Tab or a capital letter, and another key starts the count again', () => {
    serverRender()
    for (let i = 0; i < 3; i++) withShift('Tab')
    for (const letter of ['L', 'E', 'J', 'O', 'N', 'E', 'S']) withShift(letter)
    expect(replace).not.toHaveBeenCalled()
    shift()
    shift()
    key('keydown', 'a')
    key('keyup', 'a')
    expect(status()).toBe('')
    shift()
    expect(replace).not.toHaveBeenCalled()
    expect(status()).toBe('Shift, press 2 more times to exit.')
  })

  it('does not count a held Shift repeating, or Shift held for a click', () => {
    serverRender()
    key('keydown', 'Shift')
    for (let i = 0; i < 5; i++) key('keydown', 'Shift', { repeat: true })
    key('keyup', 'Shift')
    key('keydown', 'Shift')
    document.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, shiftKey: true }))
    key('keyup', 'Shift')
    expect(status()).toBe('Shift, press 2 more times to exit.')
  })

  it('forgets the presses after five seconds', () => {
    vi.useFakeTimers()
    serverRender()
    shift()
    shift()
    vi.advanceTimersByTime(5001)
    expect(status()).toBe('')
    shift()
    expect(replace).not.toHaveBeenCalled()
  })

  it('never leaves on Escape', () => {
    serverRender()
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Escape')
      key('keyup', 'Escape')
    }
    expect(covered()).toBe(false)
    expect(replace).not.toHaveBeenCalled()
  })

  it('leaves on a plain click but lets a modified click open a new tab', () => {
    serverRender()
    const link = document.querySelector('a')!
    const modified = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true })
    link.dispatchEvent(modified)
    expect(modified.defaultPrevented).toBe(false)
    const plain = new MouseEvent('click', { bubbles: true, cancelable: true })
    link.dispatchEvent(plain)
    expect(plain.defaultPrevented).toBe(true)
    expect(covered()).toBe(true)
    expect(sessionStorage.getItem('exit-this-page')).toBe('1')
  })

  it('shows the hint that names the shortcut only once the shortcut works', () => {
    const hint = { noScript: 'Select Exit this page.', script: 'Select Exit this page or press Shift 3 times.' }
    document.body.innerHTML = renderToStaticMarkup(<ExitThisPage hint={hint} />)
    const visible = () => [...document.querySelectorAll<HTMLElement>('[data-ui="exit-this-page-hint"]')].filter((p) => !p.hidden).map((p) => p.textContent)
    expect(visible()).toEqual([hint.noScript])
    new Function(EXIT_THIS_PAGE_SCRIPT)()
    expect(visible()).toEqual([hint.script])
  })

  it('binds once even if the script runs twice', () => {
    serverRender()
    new Function(EXIT_THIS_PAGE_SCRIPT)()
    shift()
    expect(status()).toBe('Shift, press 2 more times to exit.')
  })
})
