import { render, screen } from '@testing-library/react'
import { NotificationBanner } from './notification-banner.tsx'

describe('NotificationBanner', () => {
  it('is a region named by its title and does not steal focus', () => {
    render(<NotificationBanner title="Important">Downtime on Sunday</NotificationBanner>)
    const region = screen.getByRole('region', { name: 'Important' })
    expect(region).not.toHaveFocus()
  })

  it('is an alert that takes focus when it reports success', () => {
    render(
      <NotificationBanner title="Success" type="success">
        Details updated
      </NotificationBanner>,
    )
    expect(screen.getByRole('alert', { name: 'Success' })).toHaveFocus()
  })
})
