import { render, screen } from '@testing-library/react'
import { Label } from './label.tsx'

describe('Label', () => {
  it('names its field', () => {
    render(
      <>
        <Label htmlFor="n">Full name</Label>
        <input id="n" />
      </>,
    )
    expect(screen.getByRole('textbox', { name: 'Full name' })).toBeInTheDocument()
  })

  it('can be the page heading and the field name at once', () => {
    render(
      <>
        <Label htmlFor="q" asHeading>
          What is your full name?
        </Label>
        <input id="q" />
      </>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'What is your full name?' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'What is your full name?' })).toBeInTheDocument()
  })
})
