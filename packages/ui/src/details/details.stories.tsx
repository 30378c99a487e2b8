import type { Meta, StoryObj } from '@storybook/react-vite'
import { Details } from './details.tsx'

const meta = {
  title: 'Content/Details',
  component: Details,
  tags: ['autodocs'],
  args: { summary: 'What counts as a hate crime?' },
  parameters: {
    docs: {
      description: {
        component: `Help that only some people need, hidden until asked for.

**When not to use:** for information everyone needs, or inside a question's hint.

**Accessibility:** a native \`<details>\`/\`<summary>\`: keyboard and screen reader support come from the browser and
it works without JavaScript; the summary is styled as a link with the yellow focus state.`,
      },
    },
  },
  render: (args) => (
    <Details {...args}>
      Any crime that the victim or anyone else thinks was motivated by hostility or prejudice towards disability, race,
      religion, sexual orientation or transgender identity.
    </Details>
  ),
} satisfies Meta<typeof Details>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Open: Story = { args: { open: true } }
export const Welsh: Story = { args: { summary: 'Beth sy’n cyfrif fel trosedd casineb?', open: true } }
