import { render, screen } from '@testing-library/react'
import { BackLink } from './back-link.tsx'

describe('BackLink', () => {
  it('is a real link to the previous page', () => {
    render(<BackLink href="/report/when" />)
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/report/when')
  })

  it('takes translated text', () => {
    render(<BackLink href="/">Yn ôl</BackLink>)
    expect(screen.getByRole('link', { name: 'Yn ôl' })).toBeInTheDocument()
  })
})
