import type { Meta, StoryObj } from '@storybook/react-vite'
import { WarningText } from './warning-text.tsx'

const meta = {
  title: 'Content/WarningText',
  component: WarningText,
  tags: ['autodocs'],
  args: { iconLabel: 'Warning', children: 'If you are in immediate danger, call 999.' },
  parameters: {
    docs: {
      description: {
        component: `Something people must know, with a legal or safety consequence.

**When to use:** sparingly: the emergency message on report pages, or a legal warning ("Wasting police time is an
offence").

**Accessibility:** the "!" icon is hidden; a visually hidden \`iconLabel\` ("Warning:") is read first instead.`,
      },
    },
  },
} satisfies Meta<typeof WarningText>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Welsh: Story = { args: { iconLabel: 'Rhybudd', children: 'Os ydych mewn perygl uniongyrchol, ffoniwch 999.' } }
export const LongText: Story = {
  args: {
    children:
      'Making a false report is a criminal offence. If you are deaf, hard of hearing or speech-impaired and in immediate danger, text 999 after registering with emergencySMS.',
  },
}
