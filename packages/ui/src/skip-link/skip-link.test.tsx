import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SkipLink } from './skip-link.tsx'

describe('SkipLink', () => {
  it('links to the main content by default', () => {
    render(<SkipLink />)
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content')
  })

  it('is the first thing a keyboard user reaches', async () => {
    render(
      <>
        <SkipLink>Neidio i’r prif gynnwys</SkipLink>
        <a href="/">Home</a>
      </>,
    )
    await userEvent.tab()
    expect(screen.getByRole('link', { name: 'Neidio i’r prif gynnwys' })).toHaveFocus()
  })
})
