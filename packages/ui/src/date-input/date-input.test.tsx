import { render, screen } from '@testing-library/react'
import { DateInput } from './date-input.tsx'

describe('DateInput', () => {
  it('has three labelled numeric fields in a named group', () => {
    render(<DateInput idPrefix="when" legend="When did it happen?" hint="For example, 27 3 2025" />)
    const group = screen.getByRole('group', { name: 'When did it happen?' })
    expect(group).toHaveAccessibleDescription('For example, 27 3 2025')
    for (const [label, id] of [['Day', 'when-day'], ['Month', 'when-month'], ['Year', 'when-year']] as const) {
      const input = screen.getByRole('textbox', { name: label })
      expect(input).toHaveAttribute('id', id)
      expect(input).toHaveAttribute('name', id)
      expect(input).toHaveAttribute('inputmode', 'numeric')
    }
  })

  it('marks only the parts in error as invalid', () => {
    render(<DateInput idPrefix="when" legend="Q" error="The date must include a year" errorParts={['year']} />)
    expect(screen.getByRole('textbox', { name: 'Year' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('textbox', { name: 'Day' })).not.toHaveAttribute('aria-invalid')
    expect(screen.getByRole('group')).toHaveAccessibleDescription('Error: The date must include a year')
  })

  it('sets birthday autocomplete only for a date of birth, and takes Welsh labels', () => {
    render(<DateInput idPrefix="dob" legend="Dyddiad geni" autoCompletePrefix="bday" labels={{ day: 'Diwrnod', month: 'Mis', year: 'Blwyddyn' }} />)
    expect(screen.getByRole('textbox', { name: 'Diwrnod' })).toHaveAttribute('autocomplete', 'bday-day')
    expect(screen.getByRole('textbox', { name: 'Blwyddyn' })).toHaveAttribute('autocomplete', 'bday-year')
  })
})
