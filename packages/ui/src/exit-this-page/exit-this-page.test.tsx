import { fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { vi } from 'vitest'
import { ExitThisPage } from './exit-this-page.tsx'

const replace = vi.fn()

beforeEach(() => {
  replace.mockReset()
  vi.stubGlobal('location', { ...window.location, replace })
})
afterEach(() => vi.unstubAllGlobals())

const loneShift = () => {
  fireEvent.keyDown(document, { key: 'Shift' })
  fireEvent.keyUp(document, { key: 'Shift' })
}

describe('ExitThisPage', () => {
  it('is a plain link to a neutral site without JavaScript', () => {
    const html = renderToString(<ExitThisPage />)
    expect(html).toContain('href="https://www.bbc.co.uk/weather"')
    render(<ExitThisPage />)
    expect(screen.getByRole('link', { name: 'Emergency Exit this page' })).toHaveAttribute('href', 'https://www.bbc.co.uk/weather')
  })

  it('replaces the history entry when clicked', async () => {
    render(<ExitThisPage href="https://example.org/neutral" />)
    await userEvent.click(screen.getByRole('link'))
    expect(replace).toHaveBeenCalledWith('https://example.org/neutral')
  })

  it('exits after Shift is pressed on its own three times, announcing progress', () => {
    render(<ExitThisPage />)
    loneShift()
    expect(screen.getByText('Shift, press 2 more times to exit.')).toBeInTheDocument()
    loneShift()
    expect(replace).not.toHaveBeenCalled()
    loneShift()
    expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather')
  })

  it('never exits on Shift+Tab, capital letters, a held Shift or Escape', async () => {
    render(
      <>
        <ExitThisPage />
        <label>
          Name <input />
        </label>
      </>,
    )
    await userEvent.type(screen.getByLabelText('Name'), 'JANE SMITH')
    for (let i = 0; i < 3; i++) await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    for (let i = 0; i < 5; i++) fireEvent.keyDown(document, { key: 'Shift', repeat: i > 0 })
    fireEvent.keyUp(document, { key: 'Shift' })
    for (let i = 0; i < 3; i++) await userEvent.keyboard('{Escape}')
    expect(replace).not.toHaveBeenCalled()
  })

  it('shows the hint without a key until the shortcut works', () => {
    const hint = { noScript: 'Select Exit this page.', script: 'Select Exit this page or press Shift 3 times.' }
    const html = renderToString(<ExitThisPage hint={hint} />)
    expect(html).toMatch(/<p[^>]*data-js="true"[^>]*hidden/)
    render(<ExitThisPage hint={hint} />)
    expect(screen.getByText(hint.script)).toBeVisible()
    expect(screen.getByText(hint.noScript)).not.toBeVisible()
  })
})
