import type { Meta, StoryObj } from '@storybook/react-vite'
import { Label } from './label.tsx'

const meta = {
  title: 'Form/Label',
  component: Label,
  tags: ['autodocs'],
  args: { htmlFor: 'label-demo', children: 'Full name' },
  parameters: {
    docs: {
      description: {
        component: `A field's visible name. Usually rendered for you by FormField.

**Label as page heading:** when a page asks one question, set \`asHeading\` so the question is the \`<h1>\` and the
field's name at once, and screen reader users do not hear it twice.

**Accessibility:** always linked to its field with \`htmlFor\` (WCAG 1.3.1, 3.3.2); clicking it focuses the field.`,
      },
    },
  },
  render: (args) => (
    <div>
      <Label {...args} />
      <input id="label-demo" className="block border-2 border-border p-1" />
    </div>
  ),
} satisfies Meta<typeof Label>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const Sizes: Story = {
  render: () => (
    <div className="space-y-4">
      {(['s', 'm', 'l', 'xl'] as const).map((size) => (
        <div key={size}>
          <Label htmlFor={`size-${size}`} size={size}>
            Label size {size}
          </Label>
          <input id={`size-${size}`} className="block border-2 border-border p-1" />
        </div>
      ))}
    </div>
  ),
}
export const AsPageHeading: Story = { args: { asHeading: true, children: 'What is your full name?' } }
export const Welsh: Story = { args: { children: 'Enw llawn' } }
