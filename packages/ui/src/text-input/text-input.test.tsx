import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { TextInput } from './text-input.tsx'
import { FormField } from '../form-field/form-field.tsx'

describe('TextInput', () => {
  it('passes through autocomplete, inputmode and type', () => {
    render(
      <FormField id="t" label="Phone">
        <TextInput type="tel" autoComplete="tel" inputMode="tel" />
      </FormField>,
    )
    const input = screen.getByRole('textbox', { name: 'Phone' })
    expect(input).toHaveAttribute('type', 'tel')
    expect(input).toHaveAttribute('autocomplete', 'tel')
    expect(input).toHaveAttribute('inputmode', 'tel')
  })

  it('hides prefix and suffix from the accessible name', () => {
    render(
      <FormField id="v" label="Value in pounds">
        <TextInput prefix="£" suffix="total" />
      </FormField>,
    )
    expect(screen.getByRole('textbox', { name: 'Value in pounds' })).toBeInTheDocument()
    expect(screen.getByText('£')).toHaveAttribute('aria-hidden', 'true')
  })

  it('applies a width class', () => {
    render(<TextInput aria-label="Postcode" width="10" />)
    expect(screen.getByRole('textbox').className).toContain('max-w-[23ex]')
  })

  it('accepts typing', async () => {
    render(<TextInput aria-label="Name" />)
    await userEvent.type(screen.getByRole('textbox'), 'Sam')
    expect(screen.getByRole('textbox')).toHaveValue('Sam')
  })
})
