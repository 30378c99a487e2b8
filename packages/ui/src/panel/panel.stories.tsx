import type { Meta, StoryObj } from '@storybook/react-vite'
import { Panel } from './panel.tsx'

const meta = {
  title: 'Content/Panel',
  component: Panel,
  tags: ['autodocs'],
  args: { title: 'Report submitted' },
  parameters: {
    docs: {
      description: {
        component: `The confirmation at the end of a report, with its reference number.

**When to use:** once, at the top of a confirmation page; say what happens next below it.

**When not to use:** for anything but completing a transaction.

**Accessibility:** the title is the page's \`<h1>\`; the reference is ordinary text, so it can be selected and
copied; white on the \`success\` role is checked to 4.5:1 for every theme.`,
      },
    },
  },
  render: (args) => (
    <Panel {...args}>
      Your reference number
      <br />
      <strong>LE-2025-0004-7J3K</strong>
    </Panel>
  ),
} satisfies Meta<typeof Panel>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const TitleOnly: Story = { render: (args) => <Panel {...args} /> }
export const Welsh: Story = {
  args: { title: 'Adroddiad wedi’i gyflwyno' },
  render: (args) => (
    <Panel {...args}>
      Eich cyfeirnod
      <br />
      <strong>DP-2025-0004-7J3K</strong>
    </Panel>
  ),
}
