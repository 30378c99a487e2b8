import type { Meta, StoryObj } from '@storybook/react-vite'
import { FileUpload } from './file-upload.tsx'
import { FormField } from '../form-field/form-field.tsx'

const meta = {
  title: 'Form/FileUpload',
  component: FileUpload,
  tags: ['autodocs'],
  args: { name: 'evidence', accept: 'image/jpeg,image/png,application/pdf' },
  parameters: {
    docs: {
      description: {
        component: `Lets people attach evidence, such as photos of damage.

**When to use:** only when the file is needed; say the allowed types and maximum size in the hint.

**Accessibility:** a native file input, usable by keyboard and every screen reader, with no JavaScript. The form needs
\`encType="multipart/form-data"\`.`,
      },
    },
  },
  render: (args) => (
    <FormField id="evidence" label="Upload a photo" hint="JPG, PNG or PDF, up to 10MB">
      <FileUpload {...args} />
    </FormField>
  ),
} satisfies Meta<typeof FileUpload>

export default meta
type Story = StoryObj<typeof meta>

export const Default: Story = {}
export const WithError: Story = {
  render: (args) => (
    <FormField id="evidence-error" label="Upload a photo" error="The selected file must be smaller than 10MB">
      <FileUpload {...args} />
    </FormField>
  ),
}
export const Welsh: Story = {
  render: (args) => (
    <FormField id="tystiolaeth" label="Lanlwytho llun" hint="JPG, PNG neu PDF, hyd at 10MB">
      <FileUpload {...args} />
    </FormField>
  ),
}
