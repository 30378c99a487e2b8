import type { Meta, StoryObj } from '@storybook/react-vite'
import { CookieBanner } from './cookie-banner.tsx'

const meta = {
  title: 'Page/CookieBanner',
  component: CookieBanner,
  tags: ['autodocs'],
  args: { title: 'Cookies on Leicestershire Police', action: '/cookies', viewHref: '#cookies' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `Asks for consent before optional (analytics) cookies are set.

**When to use:** at the top of every page, before the skip link's target, until the person has chosen.

**When not to use:** if the site sets only essential cookies: then it needs a cookies page, not a banner.

**Behaviour:** an ordinary form post (\`name="cookies"\`, value \`accept\` or \`reject\`), so it works without
JavaScript. After the choice, render it with \`confirmation\` for one page view.

**Accessibility:** a \`region\` named by its title; accept and reject are equally prominent buttons.`,
      },
    },
  },
  render: (args) => (
    <CookieBanner {...args}>
      <p>We use some essential cookies to make this service work.</p>
      <p>We’d also like to use analytics cookies so we can understand how you use the service and make improvements.</p>
    </CookieBanner>
  ),
} satisfies Meta<typeof CookieBanner>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Accepted: Story = {
  args: {
    confirmation: (
      <p>
        You’ve accepted analytics cookies. You can <a href="#cookies">change your cookie settings</a> at any time.
      </p>
    ),
  },
}
export const Welsh: Story = {
  args: {
    title: 'Cwcis ar wefan Heddlu Dyfed-Powys',
    acceptLabel: 'Derbyn cwcis dadansoddi',
    rejectLabel: 'Gwrthod cwcis dadansoddi',
    viewLabel: 'Gweld cwcis',
  },
  render: (args) => (
    <CookieBanner {...args}>
      <p>Rydym yn defnyddio rhai cwcis hanfodol i wneud i’r gwasanaeth hwn weithio.</p>
    </CookieBanner>
  ),
}
