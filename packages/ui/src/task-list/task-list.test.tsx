import { render, screen } from '@testing-library/react'
import { TaskList } from './task-list.tsx'

describe('TaskList', () => {
  it('describes each task link by its hint and status', () => {
    render(
      <TaskList
        items={[
          { id: 't1', title: 'People involved', href: '/people', hint: 'Suspects and witnesses', status: { text: 'Incomplete', tag: 'active' } },
          { id: 't2', title: 'Check and submit', status: { text: 'Cannot start yet' } },
        ]}
      />,
    )
    expect(screen.getByRole('link', { name: 'People involved' })).toHaveAccessibleDescription('Suspects and witnesses Incomplete')
    expect(screen.queryByRole('link', { name: 'Check and submit' })).toBeNull()
    expect(screen.getByText('Check and submit')).toBeInTheDocument()
  })
})
