import { render, screen, within } from '@testing-library/react'
import { Footer } from './footer.tsx'

describe('Footer', () => {
  it('renders support links in a named list, contact facts and small print', () => {
    render(
      <Footer links={[{ href: '/cookies', label: 'Cookies' }]} linksLabel="Dolenni cymorth" meta={<p>© Force</p>}>
        <p>Call 101</p>
      </Footer>,
    )
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByRole('navigation', { name: 'Dolenni cymorth' })).toBeInTheDocument()
    expect(within(footer).getByRole('link', { name: 'Cookies' })).toHaveAttribute('href', '/cookies')
    expect(within(footer).getByText('Call 101')).toBeInTheDocument()
    expect(within(footer).getByText('© Force')).toBeInTheDocument()
  })
})
