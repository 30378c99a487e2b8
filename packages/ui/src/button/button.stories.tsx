import type { Meta, StoryObj } from '@storybook/react-vite'
import { Button, ButtonGroup } from './button.tsx'

const meta = {
  title: 'Form/Button',
  component: Button,
  tags: ['autodocs'],
  args: { children: 'Continue' },
  parameters: {
    docs: {
      description: {
        component: `Buttons submit forms and start services.

**When to use:** \`primary\` for the one main action on a page (Continue, Submit report); \`secondary\` for other actions;
\`warning\` for destructive actions (Delete draft); \`start\` on a service's start page, usually as a link
(\`<Button variant="start" asChild><a href="/report">Start now</a></Button>\`).

**When not to use:** for navigation that is not a call to action, use a link.

**Accessibility:** a real \`<button>\` (or a real link via \`asChild\`); the text says what happens ("Save and continue").
Focus is the yellow \`focus\` fill with a dark \`focus-text\` bar. Avoid \`disabled\`: explain what is missing instead.`,
      },
    },
  },
} satisfies Meta<typeof Button>

export default meta
type Story = StoryObj<typeof meta>

export const Primary: Story = {}
export const Secondary: Story = { args: { variant: 'secondary', children: 'Save as draft' } }
export const Warning: Story = { args: { variant: 'warning', children: 'Delete this report' } }
export const Start: Story = {
  args: { variant: 'start', asChild: true },
  render: (args) => (
    <Button {...args}>
      <a href="#report">
        Start now
        <svg aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40" className="fill-current">
          <path d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </a>
    </Button>
  ),
}
export const LinkAsButton: Story = {
  name: 'Link styled as a button (asChild)',
  args: { asChild: true },
  render: (args) => (
    <Button {...args}>
      <a href="#next">Continue to your details</a>
    </Button>
  ),
}
export const Disabled: Story = { args: { disabled: true, children: 'Submit report' } }
export const Group: Story = {
  render: () => (
    <ButtonGroup>
      <Button>Save and continue</Button>
      <Button variant="secondary">Save as draft</Button>
      <a href="#cancel">Cancel</a>
    </ButtonGroup>
  ),
}
export const Welsh: Story = { args: { children: 'Parhau' }, parameters: { docs: { description: { story: 'Welsh text: Parhau (Continue).' } } } }
export const LongText: Story = {
  args: { children: 'Save your answers and continue to the next question about what happened' },
}
