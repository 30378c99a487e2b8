import type { Meta, StoryObj } from '@storybook/react-vite'
import { SummaryList } from './summary-list.tsx'

const rows = [
  { key: 'What happened', value: 'Bicycle stolen', actions: [{ href: '#what', text: 'Change', visuallyHiddenText: 'what happened' }] },
  { key: 'When', value: '27 March 2025, about 2pm', actions: [{ href: '#when', text: 'Change', visuallyHiddenText: 'when it happened' }] },
  { key: 'Where', value: '12 High Street\nLeicester\nLE1 1AA', actions: [{ href: '#where', text: 'Change', visuallyHiddenText: 'where it happened' }] },
  { key: 'Your email', value: 'sam@example.com', actions: [{ href: '#email', text: 'Change', visuallyHiddenText: 'your email' }] },
]

const meta = {
  title: 'Content/SummaryList',
  component: SummaryList,
  tags: ['autodocs'],
  args: { rows },
  parameters: {
    docs: {
      description: {
        component: `Questions and answers as a list; with change links it is the "check your answers" page.

**When to use:** to let people check answers before submitting, or to show a report's key facts.

**Accessibility:** a description list (\`dl\`); each "Change" link has visually hidden text ("Change what happened")
so links are distinct out of context (WCAG 2.4.4). On narrow screens rows stack.`,
      },
    },
  },
} satisfies Meta<typeof SummaryList>

export default meta
type Story = StoryObj<typeof meta>

export const CheckAnswers: Story = {}
export const WithoutActions: Story = { args: { rows: rows.map(({ key, value }) => ({ key, value })) } }
export const NoBorder: Story = { args: { noBorder: true, rows: rows.map(({ key, value }) => ({ key, value })) } }
export const LongText: Story = {
  args: {
    rows: [
      {
        key: 'Description of what happened in your own words',
        value:
          'I left my bicycle locked to the railings outside the library at about 1pm. When I came back at 2pm the lock had been cut and the bicycle was gone. A witness said they saw two people with bolt cutters.',
        actions: [{ href: '#description', text: 'Change', visuallyHiddenText: 'description' }],
      },
    ],
  },
}
export const Welsh: Story = {
  args: {
    rows: [
      { key: 'Beth ddigwyddodd', value: 'Beic wedi’i ddwyn', actions: [{ href: '#beth', text: 'Newid', visuallyHiddenText: 'beth ddigwyddodd' }] },
      { key: 'Pryd', value: '27 Mawrth 2025', actions: [{ href: '#pryd', text: 'Newid', visuallyHiddenText: 'pryd' }] },
    ],
  },
}
