import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Select } from './select.tsx'
import { FormField } from '../form-field/form-field.tsx'

describe('Select', () => {
  it('renders options and can be chosen by keyboard', async () => {
    render(
      <FormField id="s" label="Where?">
        <Select options={[{ value: 'a', label: 'Street' }, { value: 'b', label: 'Home' }]} />
      </FormField>,
    )
    const select = screen.getByRole('combobox', { name: 'Where?' })
    expect(screen.getAllByRole('option')).toHaveLength(2)
    await userEvent.selectOptions(select, 'Home')
    expect(select).toHaveValue('b')
  })
})
