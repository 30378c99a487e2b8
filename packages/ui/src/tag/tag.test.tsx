import { render, screen } from '@testing-library/react'
import { Tag, reportStatusTag } from './tag.tsx'

describe('Tag', () => {
  it('shows the status as text with a role-token look', () => {
    render(<Tag status={reportStatusTag.resolved}>Resolved</Tag>)
    const tag = screen.getByText('Resolved')
    expect(tag.tagName).toBe('STRONG')
    expect(tag.className).toContain('bg-success')
  })

  it('maps every report status to a variant', () => {
    expect(Object.keys(reportStatusTag).sort()).toEqual(['closed', 'in-progress', 'needs-information', 'received', 'resolved'])
  })
})
