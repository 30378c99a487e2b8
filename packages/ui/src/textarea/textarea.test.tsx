import { render, screen } from '@testing-library/react'
import { Textarea } from './textarea.tsx'
import { FormField } from '../form-field/form-field.tsx'

describe('Textarea', () => {
  it('is a multi-line textbox named by its label and marked invalid on error', () => {
    render(
      <FormField id="w" label="What happened?" error="Enter what happened">
        <Textarea name="what" />
      </FormField>,
    )
    const field = screen.getByRole('textbox', { name: 'What happened?' })
    expect(field.tagName).toBe('TEXTAREA')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAttribute('rows', '5')
  })
})
