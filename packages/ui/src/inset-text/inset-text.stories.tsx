import type { Meta, StoryObj } from '@storybook/react-vite'
import { InsetText } from './inset-text.tsx'

const meta = {
  title: 'Content/InsetText',
  component: InsetText,
  tags: ['autodocs'],
  args: { children: 'It can take up to 5 working days for an officer to review your report.' },
  parameters: {
    docs: {
      description: {
        component: `Sets a note, quotation or example apart from the text around it.

**When not to use:** for warnings (use WarningText) or for anything people must act on.

**Accessibility:** visual only: write the text so it makes sense read in order.`,
      },
    },
  },
} satisfies Meta<typeof InsetText>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = { args: { children: 'Gall gymryd hyd at 5 diwrnod gwaith i swyddog adolygu eich adroddiad.' } }
