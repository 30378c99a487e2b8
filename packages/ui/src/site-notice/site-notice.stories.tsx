import type { Meta, StoryObj } from '@storybook/react-vite'
import { SiteNotice } from './site-notice.tsx'

const meta = {
  title: 'Content/SiteNotice',
  component: SiteNotice,
  tags: ['autodocs'],
  args: {
    label: 'Important',
    title: 'Report a breach of the new rules online',
    link: { href: '#service', text: 'Report a breach of the rules' },
  },
  parameters: {
    docs: {
      description: {
        component: `A national notice: something the national team tells the visitors of every force, or of chosen forces,
for a while (a new national service, a changed number). Shown at the top of every page of those forces, in the force's
brand colour and the visitor's language.

**When to use:** only for national notices; a page's own news is a NotificationBanner or the page's content.

**Accessibility:** a \`region\` named by its label and its title (two notices on a page are told apart); it never
takes focus.`,
      },
    },
  },
  render: (args) => (
    <SiteNotice {...args}>
      <p>From Monday you can tell us online about a gathering that breaks the rules. Call 999 if someone is in danger.</p>
    </SiteNotice>
  ),
} satisfies Meta<typeof SiteNotice>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithoutLink: Story = { args: { link: undefined, title: 'Our 101 number is changing' } }
export const Welsh: Story = {
  args: { label: 'Pwysig', title: 'Rhoi gwybod am dorri’r rheolau newydd ar-lein', link: { href: '#service', text: 'Rhoi gwybod am dorri’r rheolau' } },
  render: (args) => (
    <SiteNotice {...args} lang="cy">
      <p>O ddydd Llun gallwch ddweud wrthym ar-lein am gynulliad sy’n torri’r rheolau. Ffoniwch 999 os oes rhywun mewn perygl.</p>
    </SiteNotice>
  ),
}
