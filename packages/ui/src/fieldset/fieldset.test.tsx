import { render, screen } from '@testing-library/react'
import { Fieldset } from './fieldset.tsx'

describe('Fieldset', () => {
  it('groups fields under the legend', () => {
    render(
      <Fieldset legend="What is your address?">
        <input aria-label="Line 1" />
      </Fieldset>,
    )
    expect(screen.getByRole('group', { name: 'What is your address?' })).toBeInTheDocument()
  })

  it('can put the legend in the page heading', () => {
    render(<Fieldset legend="When did it happen?" legendAsHeading />)
    expect(screen.getByRole('heading', { level: 1, name: 'When did it happen?' }).closest('legend')).not.toBeNull()
    expect(screen.getByRole('group', { name: 'When did it happen?' })).toBeInTheDocument()
  })
})
