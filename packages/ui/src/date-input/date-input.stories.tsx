import type { Meta, StoryObj } from '@storybook/react-vite'
import { DateInput } from './date-input.tsx'

const meta = {
  title: 'Form/DateInput',
  component: DateInput,
  tags: ['autodocs'],
  args: { idPrefix: 'incident-date', legend: 'When did it happen?', hint: 'For example, 27 3 2025' },
  parameters: {
    docs: {
      description: {
        component: `A date as three fields: day, month, year.

**When to use:** for dates people know (when an incident happened, a date of birth). If they may not know the exact
date, ask for an approximate one with Radios first.

**Accessibility:** a fieldset with the question as its legend; each part has its own label; \`inputMode="numeric"\`
brings up a number keypad without the problems of \`type="number"\`. Only the parts in error are marked invalid;
link the ErrorSummary to the first of them (\`#incident-date-day\`). Use \`autoCompletePrefix="bday"\` for a date
of birth.`,
      },
    },
  },
} satisfies Meta<typeof DateInput>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithError: Story = { args: { error: 'The date must include a year', errorParts: ['year'], defaultValue: { day: '27', month: '3' } } }
export const WholeDateError: Story = { args: { error: 'The date must be in the past', defaultValue: { day: '1', month: '1', year: '2099' } } }
export const DateOfBirth: Story = { args: { idPrefix: 'dob', legend: 'What is your date of birth?', hint: 'For example, 31 3 1980', autoCompletePrefix: 'bday' } }
export const LegendAsHeading: Story = { args: { legendAsHeading: true } }
export const Welsh: Story = {
  args: { legend: 'Pryd ddigwyddodd e?', hint: 'Er enghraifft, 27 3 2025', labels: { day: 'Diwrnod', month: 'Mis', year: 'Blwyddyn' } },
}
