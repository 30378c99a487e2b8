import { render, screen, within } from '@testing-library/react'
import { Header } from './header.tsx'

const logo = <svg data-testid="logo" />

describe('Header', () => {
  it('links the force name home, with the logo decorative', () => {
    render(<Header homeHref="/" logo={logo} title="Leicestershire Police" />)
    const home = screen.getByRole('link', { name: 'Leicestershire Police' })
    expect(home).toHaveAttribute('href', '/')
    expect(screen.getByTestId('logo').parentElement).toHaveAttribute('aria-hidden', 'true')
    expect(screen.getByRole('banner')).toBeInTheDocument()
  })

  it('names the navigation and marks the current page', () => {
    render(
      <Header
        homeHref="/"
        logo={logo}
        title="Leicestershire Police"
        navigationLabel="Menu"
        navigation={[
          { href: '/report', label: 'Report', current: true },
          { href: '/track', label: 'Track a report' },
        ]}
      />,
    )
    const nav = screen.getByRole('navigation', { name: 'Menu' })
    expect(within(nav).getByRole('link', { name: 'Report' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('link', { name: 'Track a report' })).not.toHaveAttribute('aria-current')
  })

  it('renders no navigation landmark without items', () => {
    render(<Header homeHref="/" logo={logo} title="Force" />)
    expect(screen.queryByRole('navigation')).toBeNull()
  })

  it('marks the language toggle with lang and hreflang', () => {
    render(
      <Header homeHref="/" logo={logo} title="Heddlu Dyfed-Powys" languageToggle={{ href: '?lang=cy', label: 'Cymraeg', lang: 'cy', hrefLang: 'cy' }} />,
    )
    const toggle = screen.getByRole('link', { name: 'Cymraeg' })
    expect(toggle).toHaveAttribute('lang', 'cy')
    expect(toggle).toHaveAttribute('hreflang', 'cy')
  })
})
