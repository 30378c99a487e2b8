import type { Meta, StoryObj } from '@storybook/react-vite'
import { ExitThisPage } from './exit-this-page.tsx'

const meta = {
  title: 'Page/ExitThisPage',
  component: ExitThisPage,
  tags: ['autodocs'],
  args: { href: 'https://www.bbc.co.uk/weather', children: 'Exit this page' },
  parameters: {
    docs: {
      description: {
        component: `A quick way to leave a page about domestic abuse, stalking or other sensitive matters.

**When to use:** on every page of a service where someone could be at risk if another person saw the screen.
Tell people about it (and about private browsing) on the service's start page.

**When not to use:** as a general "cancel" button.

**Behaviour:** without JavaScript it is a plain link to a neutral site (BBC Weather by default). With JavaScript,
clicking it or pressing **Shift on its own three times** within five seconds (Shift+Tab and capital letters never
count, and no other key exits) blanks the page at once and
leaves with \`location.replace\`, so Back does not return here.

**Accessibility:** the link's name starts with a visually hidden "Emergency"; Shift-press progress is announced in a
polite live region. The bar sticks to the top of the viewport so it is always in reach.`,
      },
    },
  },
  render: (args) => (
    <div>
      <ExitThisPage {...args} />
      <h1 className="mb-4 text-3xl font-bold">Domestic abuse</h1>
      <p className="text-base">If you are in immediate danger, call 999.</p>
    </div>
  ),
} satisfies Meta<typeof ExitThisPage>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = {
  args: {
    children: 'Gadael y dudalen hon',
    visuallyHiddenPrefix: 'Argyfwng',
    messages: {
      shiftPressesLeft: (n) => `Shift, pwyswch ${n} gwaith eto i adael.`,
      exiting: 'Yn llwytho.',
    },
  },
}
