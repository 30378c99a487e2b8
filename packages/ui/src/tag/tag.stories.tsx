import type { Meta, StoryObj } from '@storybook/react-vite'
import { Tag, reportStatusTag } from './tag.tsx'

const meta = {
  title: 'Content/Tag',
  component: Tag,
  tags: ['autodocs'],
  args: { children: 'Received' },
  parameters: {
    docs: {
      description: {
        component: `A short status label, such as a report's state.

**When to use:** in tables and task lists, to show status. \`reportStatusTag\` maps each report status to a look.

**When not to use:** as a button or link, or for long text.

**Accessibility:** the words carry the meaning, never the colour alone (WCAG 1.4.1); every variant meets 4.5:1.`,
      },
    },
  },
} satisfies Meta<typeof Tag>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const ReportStatuses: Story = {
  render: () => {
    const labels = {
      received: 'Received',
      'in-progress': 'With an officer',
      'needs-information': 'We need more information',
      resolved: 'Resolved',
      closed: 'Closed',
    } as const
    return (
      <ul className="flex list-none flex-wrap gap-3 p-0">
        {Object.entries(labels).map(([status, label]) => (
          <li key={status}>
            <Tag status={reportStatusTag[status as keyof typeof labels]}>{label}</Tag>
          </li>
        ))}
      </ul>
    )
  },
}
export const Welsh: Story = { args: { children: 'Wedi’i dderbyn' } }
export const LongText: Story = { args: { status: 'error', children: 'We need more information from you before we can continue' } }
