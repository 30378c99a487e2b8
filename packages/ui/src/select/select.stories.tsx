import type { Meta, StoryObj } from '@storybook/react-vite'
import { Select } from './select.tsx'
import { FormField } from '../form-field/form-field.tsx'

const options = [
  { value: '', label: 'Choose a location' },
  { value: 'street', label: 'In the street' },
  { value: 'home', label: 'At home' },
  { value: 'online', label: 'Online' },
  { value: 'transport', label: 'On public transport' },
  { value: 'work', label: 'At work' },
]

const meta = {
  title: 'Form/Select',
  component: Select,
  tags: ['autodocs'],
  args: { name: 'location', options },
  parameters: {
    docs: {
      description: {
        component: `A drop-down list.

**When not to use:** as a first choice. Radios show every option at once and are easier to use; use a select only
for long lists that people know the answer to.

**Accessibility:** a native \`<select>\`, inside FormField.`,
      },
    },
  },
  render: (args) => (
    <FormField id="location" label="Where did it happen?">
      <Select {...args} />
    </FormField>
  ),
} satisfies Meta<typeof Select>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithError: Story = {
  render: (args) => (
    <FormField id="location-error" label="Where did it happen?" error="Select where it happened">
      <Select {...args} />
    </FormField>
  ),
}
export const Disabled: Story = { args: { disabled: true } }
export const Welsh: Story = {
  args: { options: [{ value: '', label: 'Dewiswch leoliad' }, { value: 'street', label: 'Ar y stryd' }, { value: 'home', label: 'Gartref' }] },
  render: (args) => (
    <FormField id="lleoliad" label="Ble digwyddodd e?">
      <Select {...args} />
    </FormField>
  ),
}
