import { render, screen } from '@testing-library/react'
import { InsetText } from './inset-text.tsx'

describe('InsetText', () => {
  it('renders its content', () => {
    render(<InsetText>It can take up to 5 days.</InsetText>)
    expect(screen.getByText('It can take up to 5 days.')).toHaveAttribute('data-ui', 'inset-text')
  })
})
