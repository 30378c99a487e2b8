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

  it('exits after Shift is pressed three times, announcing progress', () => {
    render(<ExitThisPage />)
    fireEvent.keyDown(document, { key: 'Shift' })
    expect(screen.getByText('Shift, press 2 more times to exit.')).toBeInTheDocument()
    fireEvent.keyDown(document, { key: 'Shift' })
    expect(replace).not.toHaveBeenCalled()
    fireEvent.keyDown(document, { key: 'Shift' })
    expect(replace).toHaveBeenCalledWith('https://www.bbc.co.uk/weather')
  })

  it('ignores held-down Shift auto-repeat', () => {
    render(<ExitThisPage />)
    for (let i = 0; i < 5; i++) fireEvent.keyDown(document, { key: 'Shift', repeat: i > 0 })
    expect(replace).not.toHaveBeenCalled()
  })

  it('exits on Escape unless turned off', () => {
    const { unmount } = render(<ExitThisPage exitOnEscape={false} />)
    fireEvent.keyDown(document, { key: 'Escape' })
    expect(replace).not.toHaveBeenCalled()
    unmount()
    render(<ExitThisPage />)
    fireEvent.keyDown(document, { key: 'Escape' })
    expect(replace).toHaveBeenCalledTimes(1)
  })
})
