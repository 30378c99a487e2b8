import type { Meta, StoryObj } from '@storybook/react-vite'
import { PhaseBanner } from './phase-banner.tsx'

const meta = {
  title: 'Page/PhaseBanner',
  component: PhaseBanner,
  tags: ['autodocs'],
  args: { phase: 'Beta' },
  parameters: {
    docs: {
      description: {
        component: `Shows the service is new and asks for feedback.

**When to use:** under the header while the service is in alpha or beta.

**Accessibility:** the tag is text, not colour alone; the feedback link must say where it goes.`,
      },
    },
  },
  render: (args) => (
    <PhaseBanner {...args}>
      This is a new service. <a href="#feedback">Give your feedback</a> to help us improve it.
    </PhaseBanner>
  ),
} satisfies Meta<typeof PhaseBanner>

export default meta
type Story = StoryObj<typeof meta>

export const Beta: Story = {}
export const Alpha: Story = { args: { phase: 'Alpha' } }
export const Welsh: Story = {
  args: { phase: 'Beta' },
  render: (args) => (
    <PhaseBanner {...args}>
      Mae hwn yn wasanaeth newydd. <a href="#adborth">Rhowch eich adborth</a> i’n helpu i’w wella.
    </PhaseBanner>
  ),
}
