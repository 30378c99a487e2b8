import type { Meta, StoryObj } from '@storybook/react-vite'
import { ErrorSummary } from './error-summary.tsx'
import { FormField } from '../form-field/form-field.tsx'
import { TextInput } from '../text-input/text-input.tsx'
import { DateInput } from '../date-input/date-input.tsx'

const meta = {
  title: 'Form/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
  args: {
    title: 'There is a problem',
    errors: [
      { href: '#full-name', text: 'Enter your full name' },
      { href: '#incident-date-day', text: 'The date must include a day' },
    ],
  },
  parameters: {
    docs: {
      description: {
        component: `Lists every error on the page after a failed submit.

**When to use:** at the top of \`<main>\` whenever a form is returned with errors; also put "Error: " at the start
of the page \`<title>\`.

**Behaviour:** takes focus when it appears, so screen readers read it at once and keyboard users start from it. Each
link moves focus to its field and scrolls the field's label or legend into view. The links work without JavaScript
as ordinary in-page links.

**Accessibility:** \`role="alert"\`, named by its title; the messages match the ones beside the fields.`,
      },
    },
  },
  render: (args) => (
    <div>
      <ErrorSummary {...args} />
      <FormField id="full-name" label="Full name" error="Enter your full name">
        <TextInput name="fullName" autoComplete="name" />
      </FormField>
      <DateInput idPrefix="incident-date" legend="When did it happen?" error="The date must include a day" errorParts={['day']} />
    </div>
  ),
} satisfies Meta<typeof ErrorSummary>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithDescription: Story = {
  args: { children: 'Your answers have been saved. Correct these and continue.' },
}
export const Welsh: Story = {
  args: {
    title: 'Mae problem',
    errors: [
      { href: '#full-name', text: 'Rhowch eich enw llawn' },
      { href: '#incident-date-day', text: 'Rhaid i’r dyddiad gynnwys diwrnod' },
    ],
  },
}
