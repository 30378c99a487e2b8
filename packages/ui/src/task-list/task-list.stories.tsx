import type { Meta, StoryObj } from '@storybook/react-vite'
import { TaskList } from './task-list.tsx'

const meta = {
  title: 'Content/TaskList',
  component: TaskList,
  tags: ['autodocs'],
  args: {
    items: [
      { id: 'task-what', title: 'What happened', href: '#what', status: { text: 'Completed' } },
      { id: 'task-people', title: 'People involved', href: '#people', hint: 'Suspects and witnesses', status: { text: 'Incomplete', tag: 'active' } },
      { id: 'task-evidence', title: 'Evidence', href: '#evidence', status: { text: 'Not started', tag: 'neutral' } },
      { id: 'task-check', title: 'Check and submit', status: { text: 'Cannot start yet', tag: 'muted' } },
    ],
  },
  parameters: {
    docs: {
      description: {
        component: `The sections of a longer report and the state of each.

**When to use:** when a report has several independent sections people may complete in any order or over several
visits.

**Accessibility:** a list; each task's link is described by its hint and status (\`aria-describedby\`); the whole
row is clickable; a task that cannot start yet is text, not a link.`,
      },
    },
  },
} satisfies Meta<typeof TaskList>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = {
  args: {
    items: [
      { id: 'tasg-beth', title: 'Beth ddigwyddodd', href: '#beth', status: { text: 'Wedi’i gwblhau' } },
      { id: 'tasg-pobl', title: 'Pobl dan sylw', href: '#pobl', status: { text: 'Heb ei gwblhau', tag: 'active' } },
    ],
  },
}
