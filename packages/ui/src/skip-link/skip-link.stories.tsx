import type { Meta, StoryObj } from '@storybook/react-vite'
import { SkipLink } from './skip-link.tsx'

const meta = {
  title: 'Page/SkipLink',
  component: SkipLink,
  tags: ['autodocs'],
  args: { href: '#main-content', children: 'Skip to main content' },
  parameters: {
    docs: {
      description: {
        component: `The first element in \`<body>\`: a link to \`#main-content\` that appears when focused.

**When to use:** on every page, before the header.

**When not to use:** to skip to anything but the main content.

**Accessibility:** meets WCAG 2.4.1 Bypass Blocks. Hidden until it receives keyboard focus, then shown with the yellow
focus style. Pair it with \`<Main>\`, whose id is \`main-content\` and which can take focus.`,
      },
    },
  },
  render: (args) => (
    <>
      <p className="mb-2 text-base">Press Tab to reveal the skip link.</p>
      <SkipLink {...args} />
      <main id="main-content" tabIndex={-1} className="mt-4 text-base">
        Main content
      </main>
    </>
  ),
} satisfies Meta<typeof SkipLink>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Focused: Story = {
  play: async ({ canvasElement }) => {
    canvasElement.querySelector<HTMLAnchorElement>('[data-ui="skip-link"]')?.focus()
  },
}
export const Welsh: Story = { args: { children: 'Neidio i’r prif gynnwys' } }
