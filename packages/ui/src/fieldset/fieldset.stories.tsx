import type { Meta, StoryObj } from '@storybook/react-vite'
import { Fieldset } from './fieldset.tsx'
import { FormField } from '../form-field/form-field.tsx'
import { TextInput } from '../text-input/text-input.tsx'

const meta = {
  title: 'Form/Fieldset',
  component: Fieldset,
  tags: ['autodocs'],
  args: { legend: 'What is your address?' },
  parameters: {
    docs: {
      description: {
        component: `Groups related fields under one question (the legend).

**When to use:** for an address, a date, or a set of radios or checkboxes (Radios, Checkboxes and DateInput use it).

**Legend as page heading:** set \`legendAsHeading\` when the fieldset is the page's only question; the legend then
holds the \`<h1>\`.

**Accessibility:** screen readers announce the legend with each field in the group (WCAG 1.3.1).`,
      },
    },
  },
  render: (args) => (
    <Fieldset {...args}>
      <FormField id="address-line-1" label="Address line 1">
        <TextInput name="addressLine1" autoComplete="address-line1" />
      </FormField>
      <FormField id="address-town" label="Town or city">
        <TextInput name="addressTown" autoComplete="address-level2" width="two-thirds" />
      </FormField>
      <FormField id="address-postcode" label="Postcode">
        <TextInput name="addressPostcode" autoComplete="postal-code" width="10" />
      </FormField>
    </Fieldset>
  ),
} satisfies Meta<typeof Fieldset>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const LegendAsHeading: Story = { args: { legendAsHeading: true } }
export const Welsh: Story = { args: { legend: 'Beth yw eich cyfeiriad?' } }
