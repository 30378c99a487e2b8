import type { Meta, StoryObj } from '@storybook/react-vite'
import { StepProgress } from './step-progress.tsx'

const meta = {
  title: 'Content/StepProgress',
  component: StepProgress,
  tags: ['autodocs'],
  args: { current: 3, total: 8 },
  parameters: {
    docs: {
      description: {
        component: `"Question 3 of about 8": where the person is in a branching set of questions.

**When to use:** above the question on each page of a report, as a caption.

**When not to use:** as a progress bar: the total is an estimate that changes with the answers.

**Accessibility:** plain text read before the question; not a live region (it changes only between pages).`,
      },
    },
  },
  render: (args) => (
    <div>
      <StepProgress {...args} />
      <h1 className="text-3xl font-bold">What was stolen?</h1>
    </div>
  ),
} satisfies Meta<typeof StepProgress>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = { args: { format: (c, t) => `Cwestiwn ${c} o tua ${t}` } }
