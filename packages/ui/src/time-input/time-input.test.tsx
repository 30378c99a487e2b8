import { render, screen } from '@testing-library/react'
import { TimeInput } from './time-input.tsx'

describe('TimeInput', () => {
  it('has hour and minute fields in a named group with the 24-hour hint', () => {
    render(<TimeInput idPrefix="t" legend="What time did it happen?" />)
    expect(screen.getByRole('group', { name: 'What time did it happen?' })).toHaveAccessibleDescription(
      'Use the 24-hour clock, for example 17:30',
    )
    expect(screen.getByRole('textbox', { name: 'Hour' })).toHaveAttribute('id', 't-hour')
    expect(screen.getByRole('textbox', { name: 'Minute' })).toHaveAttribute('inputmode', 'numeric')
  })

  it('marks the part in error', () => {
    render(<TimeInput idPrefix="t" legend="Q" error="Enter a minute" errorParts={['minute']} />)
    expect(screen.getByRole('textbox', { name: 'Minute' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByRole('textbox', { name: 'Hour' })).not.toHaveAttribute('aria-invalid')
  })
})
