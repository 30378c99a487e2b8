import type { Meta, StoryObj } from '@storybook/react-vite'
import { Breadcrumbs } from './breadcrumbs.tsx'

const meta = {
  title: 'Page/Breadcrumbs',
  component: Breadcrumbs,
  tags: ['autodocs'],
  args: {
    items: [
      { href: '#home', label: 'Home' },
      { href: '#advice', label: 'Advice' },
      { href: '#crime', label: 'Crime prevention' },
    ],
  },
  parameters: {
    docs: {
      description: {
        component: `Shows where a content page sits in the site.

**When to use:** on advice and information pages with two or more levels.

**When not to use:** in a transaction such as a report (use BackLink).

**Accessibility:** a \`nav\` named "Breadcrumb" containing an ordered list; separators are decorative.`,
      },
    },
  },
} satisfies Meta<typeof Breadcrumbs>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = {
  args: {
    label: 'Briwsion bara',
    items: [
      { href: '#hafan', label: 'Hafan' },
      { href: '#cyngor', label: 'Cyngor' },
    ],
  },
}
export const LongLabels: Story = {
  args: {
    items: [
      { href: '#home', label: 'Home' },
      { href: '#advice', label: 'Advice and information for victims and witnesses' },
      { href: '#abuse', label: 'Domestic abuse, stalking and harassment' },
      { href: '#orders', label: 'Protective orders and how to apply for them' },
    ],
  },
}
