import { render, screen } from '@testing-library/react'
import { CookieBanner } from './cookie-banner.tsx'

describe('CookieBanner', () => {
  it('posts the choice with an ordinary form', () => {
    render(
      <CookieBanner title="Cookies on Leicestershire Police" action="/cookies" viewHref="/cookies" hiddenFields={{ returnTo: '/report' }}>
        <p>We use cookies.</p>
      </CookieBanner>,
    )
    const region = screen.getByRole('region', { name: 'Cookies on Leicestershire Police' })
    const form = region.querySelector('form')!
    expect(form).toHaveAttribute('method', 'post')
    expect(form).toHaveAttribute('action', '/cookies')
    expect(screen.getByRole('button', { name: 'Accept analytics cookies' })).toHaveAttribute('value', 'accept')
    expect(screen.getByRole('button', { name: 'Reject analytics cookies' })).toHaveAttribute('value', 'reject')
    expect(form.querySelector('input[name="returnTo"]')).toHaveValue('/report')
  })

  it('shows the confirmation instead of the question once chosen', () => {
    render(<CookieBanner title="Cookies" action="/cookies" viewHref="/cookies" confirmation={<p>You’ve accepted analytics cookies.</p>} />)
    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText('You’ve accepted analytics cookies.')).toBeInTheDocument()
  })
})
