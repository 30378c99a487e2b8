import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Checkboxes } from './checkboxes.tsx'

const items = [
  { value: 'phone', label: 'Phone' },
  { value: 'wallet', label: 'Wallet' },
  { divider: 'or' },
  { value: 'none', label: 'Nothing was stolen', exclusive: true },
]

describe('Checkboxes', () => {
  it('allows several choices in a named group', async () => {
    render(<Checkboxes idPrefix="s" name="stolen" legend="What was stolen?" hint="Select all that apply" items={items} />)
    expect(screen.getByRole('group', { name: 'What was stolen?' })).toHaveAccessibleDescription('Select all that apply')
    await userEvent.click(screen.getByRole('checkbox', { name: 'Phone' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'Wallet' }))
    expect(screen.getByRole('checkbox', { name: 'Phone' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Wallet' })).toBeChecked()
  })

  it('clears the others when the exclusive "none" option is chosen', async () => {
    render(<Checkboxes idPrefix="s" name="stolen" legend="Q" items={items} defaultValue={['phone', 'wallet']} />)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Nothing was stolen' }))
    expect(screen.getByRole('checkbox', { name: 'Phone' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Wallet' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Nothing was stolen' })).toBeChecked()
  })

  it('clears "none" when another option is chosen, with the keyboard', async () => {
    render(<Checkboxes idPrefix="s" name="stolen" legend="Q" items={items} defaultValue={['none']} />)
    await userEvent.tab()
    await userEvent.keyboard(' ')
    expect(screen.getByRole('checkbox', { name: 'Phone' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Nothing was stolen' })).not.toBeChecked()
  })

  it('does not touch checkboxes of another group', async () => {
    render(
      <form>
        <Checkboxes idPrefix="a" name="a" legend="A" items={items} />
        <Checkboxes idPrefix="b" name="b" legend="B" items={[{ value: 'x', label: 'Other group' }]} defaultValue={['x']} />
      </form>,
    )
    await userEvent.click(screen.getByRole('checkbox', { name: 'Nothing was stolen' }))
    expect(screen.getByRole('checkbox', { name: 'Other group' })).toBeChecked()
  })
})
