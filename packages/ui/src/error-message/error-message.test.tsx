import { render, screen } from '@testing-library/react'
import { ErrorMessage } from './error-message.tsx'

describe('ErrorMessage', () => {
  it('prefixes the message with visually hidden "Error:"', () => {
    render(<ErrorMessage>Enter your name</ErrorMessage>)
    expect(screen.getByText('Enter your name').closest('p')).toHaveTextContent('Error: Enter your name')
  })

  it('takes a translated prefix', () => {
    render(<ErrorMessage visuallyHiddenText="Gwall">Rhowch eich enw</ErrorMessage>)
    expect(screen.getByText('Rhowch eich enw').closest('p')).toHaveTextContent('Gwall: Rhowch eich enw')
  })
})
