import type { Meta, StoryObj } from '@storybook/react-vite'
import { TimeInput } from './time-input.tsx'

const meta = {
  title: 'Form/TimeInput',
  component: TimeInput,
  tags: ['autodocs'],
  args: { idPrefix: 'incident-time', legend: 'What time did it happen?' },
  parameters: {
    docs: {
      description: {
        component: `A time of day as hour and minute fields, 24-hour clock.

**When to use:** when the time matters and people are likely to know it. Offer "I do not know" as a separate option
on the page before, rather than making people guess.

**Accessibility:** a fieldset with a legend, labelled parts, numeric keypad; the colon between the fields is
decorative.`,
      },
    },
  },
} satisfies Meta<typeof TimeInput>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithError: Story = { args: { error: 'Enter a minute between 0 and 59', errorParts: ['minute'], defaultValue: { hour: '17', minute: '75' } } }
export const Welsh: Story = {
  args: { legend: 'Faint o’r gloch ddigwyddodd e?', hint: 'Defnyddiwch y cloc 24 awr, er enghraifft 17:30', labels: { hour: 'Awr', minute: 'Munud' } },
}
