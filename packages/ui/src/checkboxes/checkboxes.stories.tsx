import type { Meta, StoryObj } from '@storybook/react-vite'
import { Checkboxes } from './checkboxes.tsx'
import { FormField } from '../form-field/form-field.tsx'
import { TextInput } from '../text-input/text-input.tsx'

const items = [
  { value: 'phone', label: 'Mobile phone' },
  { value: 'wallet', label: 'Wallet or purse' },
  { value: 'keys', label: 'Keys' },
  { value: 'bike', label: 'Bicycle' },
]

const meta = {
  title: 'Form/Checkboxes',
  component: Checkboxes,
  tags: ['autodocs'],
  args: {
    idPrefix: 'stolen',
    name: 'stolen',
    legend: 'What was stolen?',
    hint: 'Select all that apply',
    items,
  },
  parameters: {
    docs: {
      description: {
        component: `Lets people choose any number of options, or one option alone (a single checkbox).

**"None of these":** mark an option \`exclusive\` after an "or" divider. Choosing it clears the others and choosing
another clears it (with JavaScript); without JavaScript the server rejects the combination with a clear error.

**Conditional reveal:** as in Radios, pure CSS, so it works without JavaScript.

**Accessibility:** a fieldset with the question as its legend; hint and error in \`aria-describedby\`; the first
checkbox's id is the \`idPrefix\` for ErrorSummary links.`,
      },
    },
  },
} satisfies Meta<typeof Checkboxes>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const ExclusiveNone: Story = {
  name: 'Exclusive "None of these"',
  args: { items: [...items, { divider: 'or' }, { value: 'none', label: 'Nothing was stolen', exclusive: true }] },
}
export const ConditionalReveal: Story = {
  args: {
    defaultValue: ['bike'],
    items: [
      ...items.slice(0, 3),
      {
        value: 'bike',
        label: 'Bicycle',
        conditional: (
          <FormField id="frame-number" label="Frame number (if you know it)" hint="Usually under the pedals">
            <TextInput name="frameNumber" width="20" spellCheck={false} />
          </FormField>
        ),
      },
    ],
  },
}
export const WithError: Story = { args: { error: 'Select what was stolen, or select “Nothing was stolen”' } }
export const Small: Story = { args: { small: true } }
export const Inline: Story = { args: { inline: true } }
export const Welsh: Story = {
  args: {
    legend: 'Beth gafodd ei ddwyn?',
    hint: 'Dewiswch bob un sy’n berthnasol',
    items: [
      { value: 'phone', label: 'Ffôn symudol' },
      { value: 'wallet', label: 'Waled neu bwrs' },
      { divider: 'neu' },
      { value: 'none', label: 'Ni chafodd dim ei ddwyn', exclusive: true },
    ],
  },
}
