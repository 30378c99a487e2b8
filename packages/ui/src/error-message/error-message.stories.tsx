import type { Meta, StoryObj } from '@storybook/react-vite'
import { ErrorMessage } from './error-message.tsx'

const meta = {
  title: 'Form/ErrorMessage',
  component: ErrorMessage,
  tags: ['autodocs'],
  args: { children: 'Enter the date the incident happened', id: 'error-demo' },
  parameters: {
    docs: {
      description: {
        component: `Says what went wrong with a field and how to fix it. Usually rendered by FormField.

**Writing:** say what to do ("Enter your postcode"), not what went wrong ("Invalid input"). Use the same words in the
ErrorSummary.

**Accessibility:** prefixed with a visually hidden "Error:"; referenced from the field's \`aria-describedby\`; shown in
text, not colour alone (WCAG 1.4.1, 3.3.1).`,
      },
    },
  },
} satisfies Meta<typeof ErrorMessage>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = { args: { visuallyHiddenText: 'Gwall', children: 'Rhowch y dyddiad y digwyddodd y digwyddiad' } }
