import { act, fireEvent, render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { vi } from 'vitest'
import { CharacterCount } from './character-count.tsx'
import { FormField } from '../form-field/form-field.tsx'

describe('CharacterCount', () => {
  it('renders the static limit on the server, without a live count shown', () => {
    const html = renderToString(<CharacterCount id="c" maxLength={10} />)
    expect(html).toContain('You can enter up to 10 characters')
    expect(html).not.toContain('data-enhanced')
  })

  it('describes the field with the limit and does not set maxlength', () => {
    render(
      <FormField id="d" label="Description" hint="Say what they looked like">
        <CharacterCount maxLength={10} />
      </FormField>,
    )
    const field = screen.getByRole('textbox', { name: 'Description' })
    expect(field).not.toHaveAttribute('maxlength')
    expect(field).toHaveAccessibleDescription('Say what they looked like You can enter up to 10 characters')
  })

  it('counts down as people type and flags text over the limit', () => {
    render(<CharacterCount id="c" aria-label="Notes" maxLength={5} />)
    const field = screen.getByRole('textbox')
    fireEvent.change(field, { target: { value: 'abc' } })
    expect(screen.getByText('You have 2 characters remaining')).toBeInTheDocument()
    fireEvent.change(field, { target: { value: 'abcdefg' } })
    expect(screen.getByText('You have 2 characters too many')).toBeInTheDocument()
    expect(field).toHaveAttribute('aria-invalid', 'true')
  })

  it('announces the count politely after typing pauses', () => {
    vi.useFakeTimers()
    try {
      render(<CharacterCount id="c" aria-label="Notes" maxLength={5} />)
      fireEvent.change(screen.getByRole('textbox'), { target: { value: 'a' } })
      const status = document.querySelector('[aria-live="polite"]')!
      expect(status).toHaveTextContent('')
      act(() => {
        vi.advanceTimersByTime(1000)
      })
      expect(status).toHaveTextContent('You have 4 characters remaining')
    } finally {
      vi.useRealTimers()
    }
  })
})
