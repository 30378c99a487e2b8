import type { Meta, StoryObj } from '@storybook/react-vite'
import { Textarea } from './textarea.tsx'
import { FormField } from '../form-field/form-field.tsx'

const meta = {
  title: 'Form/Textarea',
  component: Textarea,
  tags: ['autodocs'],
  args: { name: 'whatHappened' },
  parameters: {
    docs: {
      description: {
        component: `A multi-line field for longer answers, such as what happened.

**When not to use:** if there is a limit, use CharacterCount so people know it before they hit it.

**Accessibility:** inside FormField; resizable vertically; spellcheck stays on for prose.`,
      },
    },
  },
  render: (args) => (
    <FormField id="what-happened" label="What happened?" hint="Include what was said or done, and by whom">
      <Textarea {...args} />
    </FormField>
  ),
} satisfies Meta<typeof Textarea>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithError: Story = {
  render: (args) => (
    <FormField id="what-happened-error" label="What happened?" error="Enter what happened">
      <Textarea {...args} />
    </FormField>
  ),
}
export const LongText: Story = {
  args: {
    defaultValue:
      'A man in a grey hoodie tried the handles of several cars parked on the street at about 2am. He then walked towards the park. '.repeat(6),
  },
}
export const Welsh: Story = {
  render: (args) => (
    <FormField id="beth-ddigwyddodd" label="Beth ddigwyddodd?">
      <Textarea {...args} />
    </FormField>
  ),
}
