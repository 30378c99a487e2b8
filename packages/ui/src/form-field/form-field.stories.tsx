import type { Meta, StoryObj } from '@storybook/react-vite'
import { FormField } from './form-field.tsx'
import { TextInput } from '../text-input/text-input.tsx'

const meta = {
  title: 'Form/FormField',
  component: FormField,
  tags: ['autodocs'],
  args: { id: 'full-name', label: 'Full name' },
  parameters: {
    docs: {
      description: {
        component: `Wraps one field with its label, hint and error, and wires them together.

**How:** put a TextInput, Textarea, Select, FileUpload or CharacterCount inside; it reads the id and
\`aria-describedby\` from FormField, so you never write them by hand.

**Accessibility:** the label's \`for\` is the field's id; \`aria-describedby\` lists \`<id>-hint\` and \`<id>-error\`;
the field gets \`aria-invalid\` when there is an error; the error state adds a red bar beside the group.`,
      },
    },
  },
  render: (args) => (
    <FormField {...args}>
      <TextInput name="fullName" autoComplete="name" spellCheck={false} />
    </FormField>
  ),
} satisfies Meta<typeof FormField>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithHint: Story = { args: { hint: 'As it appears on your passport or driving licence' } }
export const WithError: Story = { args: { hint: 'As it appears on your passport or driving licence', error: 'Enter your full name' } }
export const LabelAsHeading: Story = { args: { labelAsHeading: true, label: 'What is your full name?' } }
export const Welsh: Story = { args: { label: 'Enw llawn', hint: 'Fel y mae ar eich pasbort', error: 'Rhowch eich enw llawn', errorPrefix: 'Gwall' } }
