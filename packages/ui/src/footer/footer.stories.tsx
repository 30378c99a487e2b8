import type { Meta, StoryObj } from '@storybook/react-vite'
import { Footer } from './footer.tsx'

const links = [
  { href: '#accessibility', label: 'Accessibility statement' },
  { href: '#cookies', label: 'Cookies' },
  { href: '#privacy', label: 'Privacy' },
  { href: '#contact', label: 'Contact us' },
]

const meta = {
  title: 'Page/Footer',
  component: Footer,
  tags: ['autodocs'],
  args: { links, linksLabel: 'Support links' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `Support links, the force's contact facts (as children) and small print (\`meta\`).

**When to use:** on every page.

**Accessibility:** a \`contentinfo\` landmark; the links list is a named \`nav\`. Phone numbers should be written as
text people can read and copy, and as \`tel:\` links.`,
      },
    },
  },
  render: (args) => (
    <Footer {...args}>
      <p>
        Non-emergency: <a href="tel:101">101</a>. Textphone: 18001 101.
      </p>
      <p>In an emergency, call 999. If you cannot speak, text 999 after registering with emergencySMS.</p>
    </Footer>
  ),
} satisfies Meta<typeof Footer>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithMeta: Story = { args: { meta: <p>© Leicestershire Police. All content is available under the Open Government Licence v3.0.</p> } }
export const Welsh: Story = {
  args: {
    linksLabel: 'Dolenni cymorth',
    links: [
      { href: '#hygyrchedd', label: 'Datganiad hygyrchedd' },
      { href: '#cwcis', label: 'Cwcis' },
      { href: '#preifatrwydd', label: 'Preifatrwydd' },
    ],
  },
}
