import { render, screen } from '@testing-library/react'
import { SiteNotice } from './site-notice.tsx'

describe('SiteNotice', () => {
  it('is a region named by its label and its own title, with its link, and does not take focus', () => {
    render(
      <SiteNotice label="Important" title="New online service" link={{ href: '/services/general-enquiry', text: 'Report it online' }}>
        <p>You can now report this online.</p>
      </SiteNotice>,
    )
    const region = screen.getByRole('region', { name: 'Important New online service' })
    expect(region).not.toHaveFocus()
    expect(screen.getByRole('heading', { level: 2, name: 'Important' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Report it online' })).toHaveAttribute('href', '/services/general-enquiry')
  })

  it('gives two notices on one page different names', () => {
    render(
      <>
        <SiteNotice label="Important" title="First">
          <p>One.</p>
        </SiteNotice>
        <SiteNotice label="Important" title="Second">
          <p>Two.</p>
        </SiteNotice>
      </>,
    )
    expect(screen.getAllByRole('region').map((r) => r.getAttribute('aria-labelledby'))).toHaveLength(2)
    expect(screen.getByRole('region', { name: 'Important First' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Important Second' })).toBeInTheDocument()
  })
})
