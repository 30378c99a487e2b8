import type { Meta, StoryObj } from '@storybook/react-vite'
import { Hint } from './hint.tsx'

const meta = {
  title: 'Form/Hint',
  component: Hint,
  tags: ['autodocs'],
  args: { children: 'For example, the street name or a nearby landmark', id: 'hint-demo' },
  parameters: {
    docs: {
      description: {
        component: `Help that most people need to answer a question. Usually rendered by FormField.

**When not to use:** for long explanations (put them above the question) or to repeat the label.

**Accessibility:** referenced from the field's \`aria-describedby\`, so it is read with the label. Never put links in
a hint that is also read as a description: they are not navigable there.`,
      },
    },
  },
} satisfies Meta<typeof Hint>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = { args: { children: 'Er enghraifft, enw’r stryd neu dirnod gerllaw' } }
