import type { Meta, StoryObj } from '@storybook/react-vite'
import { Header } from './header.tsx'

const Logo = () => (
  <svg viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M24 3 6 10v12c0 11 7.7 21.3 18 24 10.3-2.7 18-13 18-24V10L24 3Zm0 6 12 4.7V22c0 8-5.1 15.4-12 17.8C17.1 37.4 12 30 12 22v-8.3L24 9Z" />
  </svg>
)

const navigation = [
  { href: '#report', label: 'Report', current: true },
  { href: '#track', label: 'Track a report' },
  { href: '#advice', label: 'Advice' },
  { href: '#contact', label: 'Contact us' },
]

const meta = {
  title: 'Page/Header',
  component: Header,
  tags: ['autodocs'],
  args: { homeHref: '/', logo: <Logo />, title: 'Example Constabulary', navigationLabel: 'Menu' },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `The force bar: logo and force name (linking home), an optional language toggle, and service navigation.

**When to use:** on every public page. The app passes the tenant's logo, name and the translated labels.

**When not to use:** do not add more than about five navigation items; put the rest in the footer.

**Accessibility:** a \`banner\` landmark; the logo is decorative (the link's name is the force's name); navigation is a
named \`nav\` with \`aria-current="page"\` on the current item; the language toggle has \`lang\` and \`hreflang\` so
"Cymraeg" is pronounced in Welsh. Links are at least 44px tall (WCAG 2.5.8).`,
      },
    },
  },
} satisfies Meta<typeof Header>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithNavigation: Story = { args: { navigation } }
export const WithLanguageToggle: Story = {
  args: {
    navigation,
    languageToggle: { href: '?lang=cy', label: 'Cymraeg', lang: 'cy', hrefLang: 'cy' },
  },
}
export const Welsh: Story = {
  args: {
    title: 'Heddlu Dyfed-Powys',
    navigationLabel: 'Dewislen',
    navigation: [
      { href: '#report', label: 'Adrodd', current: true },
      { href: '#track', label: 'Dilyn adroddiad' },
      { href: '#contact', label: 'Cysylltu â ni' },
    ],
    languageToggle: { href: '?lang=en', label: 'English', lang: 'en', hrefLang: 'en' },
  },
}
export const LongName: Story = {
  args: {
    title: 'Police Service of a Very Long Named Force Area and Surrounding Districts',
    navigation,
    languageToggle: { href: '?lang=cy', label: 'Cymraeg', lang: 'cy', hrefLang: 'cy' },
  },
}
