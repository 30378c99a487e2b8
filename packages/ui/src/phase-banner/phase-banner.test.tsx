import { render, screen } from '@testing-library/react'
import { PhaseBanner } from './phase-banner.tsx'

describe('PhaseBanner', () => {
  it('shows the phase as text with the feedback message', () => {
    render(
      <PhaseBanner phase="Beta">
        This is a new service. <a href="/feedback">Give feedback</a>
      </PhaseBanner>,
    )
    expect(screen.getByText('Beta')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Give feedback' })).toBeInTheDocument()
  })
})
