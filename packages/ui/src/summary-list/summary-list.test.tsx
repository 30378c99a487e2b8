import { render, screen } from '@testing-library/react'
import { SummaryList } from './summary-list.tsx'

describe('SummaryList', () => {
  it('pairs each question with its answer and a distinct change link', () => {
    render(
      <SummaryList
        rows={[
          { key: 'What happened', value: 'Bicycle stolen', actions: [{ href: '/what', text: 'Change', visuallyHiddenText: 'what happened' }] },
          { key: 'When', value: '27 March', actions: [{ href: '/when', text: 'Change', visuallyHiddenText: 'when it happened' }] },
        ]}
      />,
    )
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['What happened', 'When'])
    expect(screen.getByRole('link', { name: 'Change what happened' })).toHaveAttribute('href', '/what')
    expect(screen.getByRole('link', { name: 'Change when it happened' })).toHaveAttribute('href', '/when')
  })

  it('renders without actions', () => {
    render(<SummaryList rows={[{ key: 'Reference', value: 'LE-1' }]} />)
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByRole('definition')).toHaveTextContent('LE-1')
  })
})
