import { render, screen } from '@testing-library/react'
import { Details } from './details.tsx'

// Opening with Enter/Space is the browser's own <summary> behaviour (jsdom does not implement it); the axe gate and
// the Storybook stories cover it in Chromium. Here we check the native elements are used.
describe('Details', () => {
  it('uses native details and summary, closed by default', () => {
    render(<Details summary="What counts as a hate crime?">Any crime motivated by prejudice.</Details>)
    const details = screen.getByRole('group')
    expect(details.tagName).toBe('DETAILS')
    expect(details).not.toHaveAttribute('open')
    expect(screen.getByText('What counts as a hate crime?').closest('summary')?.parentElement).toBe(details)
  })

  it('can start open', () => {
    render(
      <Details summary="Help" open>
        Text
      </Details>,
    )
    expect(screen.getByRole('group')).toHaveAttribute('open')
  })
})
