import type { Meta, StoryObj } from '@storybook/react-vite'
import { BackLink } from './back-link.tsx'

const meta = {
  title: 'Page/BackLink',
  component: BackLink,
  tags: ['autodocs'],
  args: { href: '#previous-question', children: 'Back' },
  parameters: {
    docs: {
      description: {
        component: `Returns to the previous question in a transaction.

**When to use:** at the top of question pages, before \`<main>\`.

**When not to use:** on content pages (use Breadcrumbs) or with \`history.back()\`: link to the real previous page,
so it works without JavaScript and after a validation error.

**Accessibility:** a plain link with visible text; the arrow is decorative.`,
      },
    },
  },
} satisfies Meta<typeof BackLink>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = { args: { children: 'Yn ôl' } }
