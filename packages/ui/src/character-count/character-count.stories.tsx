import type { Meta, StoryObj } from '@storybook/react-vite'
import { CharacterCount } from './character-count.tsx'
import { FormField } from '../form-field/form-field.tsx'

const meta = {
  title: 'Form/CharacterCount',
  component: CharacterCount,
  tags: ['autodocs'],
  args: { name: 'description', maxLength: 200 },
  parameters: {
    docs: {
      description: {
        component: `A textarea that counts down the characters left.

**When to use:** when there is a real limit (for example, what the force's back office accepts).

**Behaviour:** without JavaScript it shows "You can enter up to N characters"; with JavaScript a live count replaces
it. It never sets \`maxlength\`: text over the limit is shown as an error, not silently cut; the server checks too.

**Accessibility:** the limit is in the field's description; the live count is announced politely one second after
typing stops, so it does not interrupt.`,
      },
    },
  },
  render: (args) => (
    <FormField id="description" label="Describe the person">
      <CharacterCount {...args} />
    </FormField>
  ),
} satisfies Meta<typeof CharacterCount>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const NearTheLimit: Story = { args: { defaultValue: 'Tall, about 30, with short dark hair and a grey hooded top. '.repeat(3) } }
export const OverTheLimit: Story = { args: { defaultValue: 'Tall, about 30, with short dark hair and a grey hooded top. '.repeat(4) } }
export const Welsh: Story = {
  args: {
    messages: {
      limit: (max) => `Gallwch roi hyd at ${max} nod`,
      remaining: (n) => `Mae gennych ${n} nod ar ôl`,
      over: (n) => `Mae gennych ${n} nod yn ormod`,
    },
  },
  render: (args) => (
    <FormField id="disgrifiad" label="Disgrifiwch yr unigolyn">
      <CharacterCount {...args} />
    </FormField>
  ),
}
