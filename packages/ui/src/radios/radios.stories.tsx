import type { Meta, StoryObj } from '@storybook/react-vite'
import { Radios } from './radios.tsx'
import { FormField } from '../form-field/form-field.tsx'
import { TextInput } from '../text-input/text-input.tsx'

const meta = {
  title: 'Form/Radios',
  component: Radios,
  tags: ['autodocs'],
  args: {
    idPrefix: 'happening-now',
    name: 'happeningNow',
    legend: 'Is the crime happening now?',
    items: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  parameters: {
    docs: {
      description: {
        component: `Lets people choose exactly one option.

**When to use:** for one choice from a short list (fewer than about 8). Order options logically, not alphabetically
unless there is no better order. Put "None of these" or "I do not know" after an "or" divider.

**Conditional reveal:** an option's \`conditional\` content (one simple follow-up question) shows when it is chosen.
It is done in CSS with \`:has(:checked)\`, so it works without JavaScript; browsers without \`:has()\` show every
follow-up, so nothing is ever unreachable. Validate hidden follow-ups only when their option is chosen.

**Accessibility:** a fieldset whose legend is the question (\`legendAsHeading\` for one question per page); the hint
and error are in the fieldset's \`aria-describedby\`; the first radio's id is the \`idPrefix\`, so an ErrorSummary
link can focus it. Large targets (32px) meet WCAG 2.5.8.`,
      },
    },
  },
} satisfies Meta<typeof Radios>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Inline: Story = { args: { inline: true } }
export const WithHints: Story = {
  args: {
    idPrefix: 'contact-method',
    name: 'contactMethod',
    legend: 'How should we contact you?',
    hint: 'We will only contact you about this report',
    items: [
      { value: 'email', label: 'Email', hint: 'We will reply within 5 working days' },
      { value: 'phone', label: 'Phone', hint: 'We may call from a withheld number' },
      { value: 'post', label: 'Post' },
    ],
  },
}
export const WithDivider: Story = {
  args: {
    idPrefix: 'where',
    name: 'where',
    legend: 'Where did it happen?',
    items: [
      { value: 'street', label: 'In the street' },
      { value: 'home', label: 'At home' },
      { value: 'online', label: 'Online' },
      { divider: 'or' },
      { value: 'unknown', label: 'I do not know' },
    ],
  },
}
export const ConditionalReveal: Story = {
  args: {
    idPrefix: 'contact',
    name: 'contact',
    legend: 'How should we contact you?',
    defaultValue: 'email',
    items: [
      {
        value: 'email',
        label: 'Email',
        conditional: (
          <FormField id="contact-email" label="Email address">
            <TextInput name="contactEmail" type="email" autoComplete="email" spellCheck={false} />
          </FormField>
        ),
      },
      {
        value: 'phone',
        label: 'Phone',
        conditional: (
          <FormField id="contact-phone" label="Phone number">
            <TextInput name="contactPhone" type="tel" autoComplete="tel" width="20" />
          </FormField>
        ),
      },
      { value: 'none', label: 'Do not contact me' },
    ],
  },
}
export const WithError: Story = { args: { error: 'Select yes if the crime is happening now' } }
export const LegendAsHeading: Story = { args: { legendAsHeading: true, hint: 'This includes if the person is still nearby' } }
export const Small: Story = { args: { small: true } }
export const Disabled: Story = {
  args: {
    items: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No', disabled: true },
    ],
  },
}
export const Welsh: Story = {
  args: {
    legend: 'Ydy’r drosedd yn digwydd nawr?',
    items: [
      { value: 'yes', label: 'Ydy' },
      { value: 'no', label: 'Nac ydy' },
    ],
  },
}
export const LongText: Story = {
  args: {
    legend: 'Which of these best describes what happened to the property that was taken or damaged during the incident?',
    items: [
      { value: 'stolen', label: 'It was taken from a locked building, vehicle or container that someone broke into without permission' },
      { value: 'damaged', label: 'It was damaged deliberately, for example smashed, scratched, burnt or covered in graffiti' },
    ],
  },
}
