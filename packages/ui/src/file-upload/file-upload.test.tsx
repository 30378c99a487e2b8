import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { FileUpload } from './file-upload.tsx'
import { FormField } from '../form-field/form-field.tsx'

describe('FileUpload', () => {
  it('is a native file input named by its label', async () => {
    render(
      <FormField id="f" label="Upload a photo" error="Choose a file">
        <FileUpload name="photo" />
      </FormField>,
    )
    const input = screen.getByLabelText<HTMLInputElement>('Upload a photo')
    expect(input).toHaveAttribute('type', 'file')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    await userEvent.upload(input, new File(['x'], 'photo.png', { type: 'image/png' }))
    expect(input.files?.[0]?.name).toBe('photo.png')
  })
})
