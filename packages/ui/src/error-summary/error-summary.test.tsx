import { render, screen, within } from '@testing-library/react'
import { ErrorSummary } from './error-summary.tsx'

describe('ErrorSummary', () => {
  it('lists each error as a link to its field', () => {
    render(
      <ErrorSummary
        title="Mae problem"
        errors={[
          { href: '#name', text: 'Rhowch eich enw' },
          { href: '#date-day', text: 'Rhowch ddiwrnod' },
        ]}
      />,
    )
    const summary = screen.getByRole('alert', { name: 'Mae problem' })
    const links = within(summary).getAllByRole('link')
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['#name', '#date-day'])
    expect(within(summary).getByRole('heading', { level: 2 })).toHaveTextContent('Mae problem')
  })
})
