import type { Meta, StoryObj } from '@storybook/react-vite'
import { TextInput } from './text-input.tsx'
import { FormField } from '../form-field/form-field.tsx'

const meta = {
  title: 'Form/TextInput',
  component: TextInput,
  tags: ['autodocs'],
  args: { name: 'postcode' },
  parameters: {
    docs: {
      description: {
        component: `A single-line field.

**When to use:** for short answers: a name, postcode, phone number, vehicle registration.

**Widths:** match the expected answer (\`10\` for a postcode, \`20\` for a phone number, \`full\` for a name).

**Accessibility:** always inside FormField (label, hint and error linked); set \`autoComplete\` for personal details
(WCAG 1.3.5); use \`inputMode="numeric"\` (not \`type="number"\`) for numbers; prefixes and suffixes are hidden from
screen readers, so say the unit in the label.`,
      },
    },
  },
  render: (args) => (
    <FormField id="text-input-demo" label="Postcode">
      <TextInput {...args} />
    </FormField>
  ),
} satisfies Meta<typeof TextInput>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = { args: { width: '10', autoComplete: 'postal-code' } }
export const Widths: Story = {
  render: () => (
    <div>
      {(['full', 'three-quarters', 'two-thirds', 'one-half', 'one-third', '20', '10', '5', '4', '3', '2'] as const).map((width) => (
        <FormField key={width} id={`width-${width}`} label={`Width ${width}`}>
          <TextInput name={`width-${width}`} width={width} />
        </FormField>
      ))}
    </div>
  ),
}
export const PrefixAndSuffix: Story = {
  render: () => (
    <div>
      <FormField id="value" label="Value of the stolen items, in pounds">
        <TextInput name="value" prefix="£" width="5" inputMode="numeric" spellCheck={false} />
      </FormField>
      <FormField id="distance" label="Distance from your home, in miles">
        <TextInput name="distance" suffix="miles" width="4" inputMode="decimal" spellCheck={false} />
      </FormField>
    </div>
  ),
}
export const WithHint: Story = {
  render: () => (
    <FormField id="phone" label="UK phone number" hint="For international numbers include the country code">
      <TextInput name="phone" type="tel" autoComplete="tel" width="20" />
    </FormField>
  ),
}
export const WithError: Story = {
  render: () => (
    <FormField id="reg" label="Vehicle registration number" error="Enter a registration number, like CU57 ABC">
      <TextInput name="reg" width="10" spellCheck={false} defaultValue="not a reg" />
    </FormField>
  ),
}
export const Disabled: Story = {
  render: () => (
    <FormField id="reference" label="Reference number">
      <TextInput name="reference" width="20" disabled defaultValue="LE-2025-01234" />
    </FormField>
  ),
}
export const Welsh: Story = {
  render: () => (
    <FormField id="cod-post" label="Cod post">
      <TextInput name="codPost" width="10" autoComplete="postal-code" />
    </FormField>
  ),
}
