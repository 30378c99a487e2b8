import type { Meta, StoryObj } from '@storybook/react-vite'
import { Pagination } from './pagination.tsx'

const meta = {
  title: 'Content/Pagination',
  component: Pagination,
  tags: ['autodocs'],
  args: {
    previous: { href: '?page=2', text: 'Previous' },
    next: { href: '?page=4', text: 'Next' },
    pages: [
      { number: 1, href: '?page=1' },
      { number: 2, href: '?page=2' },
      { number: 3, href: '?page=3', current: true },
      { number: 4, href: '?page=4' },
      null,
      { number: 12, href: '?page=12' },
    ],
  },
  parameters: {
    docs: {
      description: {
        component: `Moves between pages of results (numbered), or between related content pages (previous/next with
labels).

**Accessibility:** a \`nav\` named "Pagination"; the current page has \`aria-current="page"\`; numbers are read as
"Page 3"; targets are at least 44px.`,
      },
    },
  },
} satisfies Meta<typeof Pagination>

export default meta
type Story = StoryObj<typeof meta>

export const Numbered: Story = {}
export const FirstPage: Story = {
  args: { previous: undefined, pages: [{ number: 1, href: '?page=1', current: true }, { number: 2, href: '?page=2' }, { number: 3, href: '?page=3' }], next: { href: '?page=2', text: 'Next' } },
}
export const PreviousAndNextWithLabels: Story = {
  args: {
    pages: undefined,
    previous: { href: '#burglary', text: 'Previous', label: 'Burglary' },
    next: { href: '#fraud', text: 'Next', label: 'Fraud and scams' },
  },
}
export const Welsh: Story = {
  args: { label: 'Tudalennu', pageLabel: 'Tudalen', previous: { href: '?page=2', text: 'Blaenorol' }, next: { href: '?page=4', text: 'Nesaf' } },
}
