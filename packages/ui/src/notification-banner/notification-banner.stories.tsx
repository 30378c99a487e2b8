import type { Meta, StoryObj } from '@storybook/react-vite'
import { NotificationBanner } from './notification-banner.tsx'

const meta = {
  title: 'Content/NotificationBanner',
  component: NotificationBanner,
  tags: ['autodocs'],
  args: { title: 'Important' },
  parameters: {
    docs: {
      description: {
        component: `Tells people about something that is not the page's main content, or confirms an action worked.

**When to use:** \`information\` for service-wide news (planned downtime, a change to 101); \`success\` after an
action on the same page (details updated).

**When not to use:** for validation errors (ErrorSummary) or to end a transaction (Panel).

**Accessibility:** information banners are a named \`region\`; success banners have \`role="alert"\` and take focus.`,
      },
    },
  },
  render: (args) => (
    <NotificationBanner {...args}>
      <p className="text-lg font-bold">Online reporting will be unavailable on Sunday from 1am to 5am.</p>
      <p>
        Call 101 to report non-emergencies during this time, or <a href="#status">check the service status</a>.
      </p>
    </NotificationBanner>
  ),
} satisfies Meta<typeof NotificationBanner>

export default meta
type Story = StoryObj<typeof meta>

export const Information: Story = {}
export const Success: Story = {
  args: { title: 'Success', type: 'success' },
  render: (args) => (
    <NotificationBanner {...args}>
      <h3>Your contact details have been updated</h3>
      <p>We have sent a confirmation to sam@example.com.</p>
    </NotificationBanner>
  ),
}
export const Welsh: Story = {
  args: { title: 'Pwysig' },
  render: (args) => (
    <NotificationBanner {...args}>
      <p>Ni fydd adrodd ar-lein ar gael ddydd Sul rhwng 1am a 5am.</p>
    </NotificationBanner>
  ),
}
