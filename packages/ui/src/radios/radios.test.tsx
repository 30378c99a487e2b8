import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderToString } from 'react-dom/server'
import { Radios } from './radios.tsx'

const items = [
  { value: 'email', label: 'Email', hint: 'Within 5 days', conditional: <label>Email address<input /></label> },
  { value: 'phone', label: 'Phone' },
  { divider: 'or' },
  { value: 'none', label: 'Do not contact me' },
]

describe('Radios', () => {
  it('groups the options under the legend with hint and error described', () => {
    render(<Radios idPrefix="contact" name="contact" legend="How should we contact you?" hint="Choose one" error="Select how" items={items} />)
    const group = screen.getByRole('group', { name: 'How should we contact you?' })
    expect(group).toHaveAttribute('aria-describedby', 'contact-hint contact-error')
    expect(screen.getAllByRole('radio')).toHaveLength(3)
    expect(screen.getByText('or')).toBeInTheDocument()
  })

  it('gives the first option the bare prefix id so an error summary can link to it', () => {
    render(<Radios idPrefix="contact" name="contact" legend="Q" items={items} />)
    expect(screen.getByRole('radio', { name: 'Email' })).toHaveAttribute('id', 'contact')
    expect(screen.getByRole('radio', { name: 'Phone' })).toHaveAttribute('id', 'contact-2')
    expect(screen.getByRole('radio', { name: 'Email' })).toHaveAccessibleDescription('Within 5 days')
  })

  it('moves between options with the arrow keys', async () => {
    render(<Radios idPrefix="c" name="c" legend="Q" items={items} defaultValue="email" />)
    await userEvent.tab()
    expect(screen.getByRole('radio', { name: 'Email' })).toHaveFocus()
    await userEvent.keyboard('{ArrowDown}')
    expect(screen.getByRole('radio', { name: 'Phone' })).toBeChecked()
  })

  it('renders conditional content in the server HTML right after its option (CSS reveals it, no JavaScript)', () => {
    const html = renderToString(<Radios idPrefix="c" name="c" legend="Q" items={items} />)
    expect(html).toMatch(/data-ui="choice-item".*id="c".*aria-controls="conditional-c".*<\/div><\/div><div id="conditional-c" data-ui="conditional"/s)
  })

  it('checks the default value', () => {
    render(<Radios idPrefix="c" name="c" legend="Q" items={items} defaultValue="phone" />)
    expect(screen.getByRole('radio', { name: 'Phone' })).toBeChecked()
  })
})
