import { render, screen, within } from '@testing-library/react'
import { Breadcrumbs } from './breadcrumbs.tsx'

describe('Breadcrumbs', () => {
  it('is a named navigation with an ordered list of links', () => {
    render(<Breadcrumbs items={[{ href: '/', label: 'Home' }, { href: '/advice', label: 'Advice' }]} />)
    const nav = screen.getByRole('navigation', { name: 'Breadcrumb' })
    const items = within(nav).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    expect(within(nav).getByRole('list').tagName).toBe('OL')
    expect(within(items[1]!).getByRole('link', { name: 'Advice' })).toHaveAttribute('href', '/advice')
  })
})
