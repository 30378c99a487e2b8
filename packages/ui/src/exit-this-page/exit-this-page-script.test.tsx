import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, describe, expect, it } from 'vitest'
import { ExitThisPage } from './exit-this-page.tsx'
import { EXIT_THIS_PAGE_SCRIPT } from './exit-this-page-script.ts'

// The script gives server-rendered pages quick exit without hydrating React.
function serverRender(props: Parameters<typeof ExitThisPage>[0] = {}) {
  document.body.innerHTML = renderToStaticMarkup(<ExitThisPage {...props} />)
  new Function(EXIT_THIS_PAGE_SCRIPT)()
}
const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
const status = () => document.querySelector('[data-ui="exit-this-page-status"]')!.textContent
const covered = () => document.querySelector('div.fixed.inset-0') !== null

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the quick exit script', () => {
  it('counts Shift presses in the page language, then leaves on the third', () => {
    serverRender({
      messages: { shiftPressesLeft: (n) => `Pwyswch Shift ${n} gwaith eto.`, exiting: 'Yn gadael.' },
    })
    press('Shift')
    expect(status()).toBe('Pwyswch Shift 2 gwaith eto.')
    press('Shift')
    expect(status()).toBe('Pwyswch Shift 1 gwaith eto.')
    expect(covered()).toBe(false)
    press('Shift')
    expect(covered()).toBe(true)
    expect(status()).toBe('Yn gadael.')
  })

  it('leaves on Escape, unless the page turned that off', () => {
    serverRender()
    press('Escape')
    expect(covered()).toBe(true)
    serverRender({ exitOnEscape: false })
    press('Escape')
    expect(covered()).toBe(false)
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
  })

  it('binds once even if the script runs twice', () => {
    serverRender()
    new Function(EXIT_THIS_PAGE_SCRIPT)()
    press('Shift')
    expect(status()).toBe('Shift, press 2 more times to exit.')
  })
})
