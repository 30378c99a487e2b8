import { render, screen } from '@testing-library/react'
import { Panel } from './panel.tsx'

describe('Panel', () => {
  it('makes the title the page heading and shows the reference', () => {
    render(
      <Panel title="Report submitted">
        Your reference number <strong>LE-2025-0004</strong>
      </Panel>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'Report submitted' })).toBeInTheDocument()
    expect(screen.getByText('LE-2025-0004')).toBeInTheDocument()
  })

  it('can use a lower heading level', () => {
    render(<Panel title="Done" headingLevel={2} />)
    expect(screen.getByRole('heading', { level: 2, name: 'Done' })).toBeInTheDocument()
  })
})
