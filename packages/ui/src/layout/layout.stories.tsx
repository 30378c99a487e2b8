import type { Meta, StoryObj } from '@storybook/react-vite'
import { Main, TwoThirds, WidthContainer } from './layout.tsx'

const meta = {
  title: 'Page/Layout',
  component: WidthContainer,
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `\`WidthContainer\` centres content at 960px with gutters; \`Main\` is the \`<main id="main-content">\`
landmark the SkipLink targets; \`TwoThirds\` keeps question pages at a readable line length.

**When to use:** once per page each for \`WidthContainer\` and \`Main\`; \`TwoThirds\` around forms and prose.

**Accessibility:** one \`main\` landmark per page; it has \`tabIndex={-1}\` so the skip link moves focus into it. Layout
reflows to one column at 320 CSS pixels (WCAG 1.4.10).`,
      },
    },
  },
} satisfies Meta<typeof WidthContainer>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {
  render: () => (
    <WidthContainer>
      <Main>
        <TwoThirds>
          <h1 className="mb-4 text-3xl font-bold">Report a crime</h1>
          <p className="text-base">
            Use this service to report a crime that is not an emergency. It takes about 15 minutes.
          </p>
        </TwoThirds>
      </Main>
    </WidthContainer>
  ),
}
