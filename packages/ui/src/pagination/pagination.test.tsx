import { render, screen } from '@testing-library/react'
import { Pagination } from './pagination.tsx'

describe('Pagination', () => {
  it('marks the current page and names the numbers', () => {
    render(
      <Pagination
        previous={{ href: '?page=1', text: 'Previous' }}
        next={{ href: '?page=3', text: 'Next' }}
        pages={[{ number: 1, href: '?page=1' }, { number: 2, href: '?page=2', current: true }, null, { number: 9, href: '?page=9' }]}
      />,
    )
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Next' })).toHaveAttribute('rel', 'next')
    expect(screen.getByRole('link', { name: 'Previous' })).toHaveAttribute('rel', 'prev')
  })

  it('shows labels under previous and next links', () => {
    render(<Pagination next={{ href: '/fraud', text: 'Next', label: 'Fraud' }} />)
    expect(screen.getByRole('link', { name: 'Next Fraud' })).toHaveAttribute('href', '/fraud')
  })
})
