import { render, screen } from '@testing-library/react'
import { FormField } from './form-field.tsx'
import { TextInput } from '../text-input/text-input.tsx'
import { Textarea } from '../textarea/textarea.tsx'
import { Select } from '../select/select.tsx'
import { FileUpload } from '../file-upload/file-upload.tsx'

describe('FormField', () => {
  it('links label, hint and error to the field', () => {
    render(
      <FormField id="name" label="Full name" hint="As on your passport" error="Enter your full name">
        <TextInput name="name" />
      </FormField>,
    )
    const input = screen.getByRole('textbox', { name: 'Full name' })
    expect(input).toHaveAttribute('id', 'name')
    expect(input).toHaveAttribute('aria-describedby', 'name-hint name-error')
    expect(input).toHaveAccessibleDescription('As on your passport Error: Enter your full name')
    expect(input).toHaveAttribute('aria-invalid', 'true')
  })

  it('leaves out aria-describedby and aria-invalid when there is nothing to describe', () => {
    render(
      <FormField id="plain" label="Plain">
        <TextInput name="plain" />
      </FormField>,
    )
    const input = screen.getByRole('textbox', { name: 'Plain' })
    expect(input).not.toHaveAttribute('aria-describedby')
    expect(input).not.toHaveAttribute('aria-invalid')
  })

  it('keeps a caller’s own aria-describedby', () => {
    render(
      <>
        <p id="extra">Extra</p>
        <FormField id="f" label="F" hint="Hint">
          <TextInput aria-describedby="extra" />
        </FormField>
      </>,
    )
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-describedby', 'f-hint extra')
  })

  it('wires every kind of field', () => {
    render(
      <>
        <FormField id="a" label="Story" hint="h">
          <Textarea />
        </FormField>
        <FormField id="b" label="Place" error="e">
          <Select options={[{ value: 'x', label: 'X' }]} />
        </FormField>
        <FormField id="c" label="Photo" hint="JPG">
          <FileUpload />
        </FormField>
      </>,
    )
    expect(screen.getByRole('textbox', { name: 'Story' })).toHaveAttribute('aria-describedby', 'a-hint')
    expect(screen.getByRole('combobox', { name: 'Place' })).toHaveAttribute('aria-invalid', 'true')
    expect(screen.getByLabelText('Photo')).toHaveAttribute('aria-describedby', 'c-hint')
  })

  it('can make the label the page heading', () => {
    render(
      <FormField id="q" label="What is your name?" labelAsHeading>
        <TextInput />
      </FormField>,
    )
    expect(screen.getByRole('heading', { level: 1, name: 'What is your name?' })).toBeInTheDocument()
  })
})
