import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ErrorSummary } from './error-summary.tsx'
import { FormField } from '../form-field/form-field.tsx'
import { TextInput } from '../text-input/text-input.tsx'
import { Radios } from '../radios/radios.tsx'

describe('ErrorSummary focus', () => {
  it('receives focus when it appears', () => {
    render(<ErrorSummary errors={[{ href: '#name', text: 'Enter your name' }]} />)
    expect(screen.getByRole('alert', { name: 'There is a problem' })).toHaveFocus()
  })

  it('can leave focus alone', () => {
    render(<ErrorSummary autoFocus={false} errors={[]} />)
    expect(screen.getByRole('alert')).not.toHaveFocus()
  })

  it('moves focus to the field when a link is followed', async () => {
    render(
      <>
        <ErrorSummary
          errors={[
            { href: '#name', text: 'Enter your name' },
            { href: '#contact', text: 'Select how to contact you' },
          ]}
        />
        <FormField id="name" label="Name" error="Enter your name">
          <TextInput />
        </FormField>
        <Radios idPrefix="contact" name="contact" legend="Contact" items={[{ value: 'a', label: 'Email' }]} />
      </>,
    )
    await userEvent.click(screen.getByRole('link', { name: 'Enter your name' }))
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus()
    await userEvent.click(screen.getByRole('link', { name: 'Select how to contact you' }))
    expect(screen.getByRole('radio', { name: 'Email' })).toHaveFocus()
  })
})
