import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import { Button } from './button.tsx'

describe('Button', () => {
  it('is a submit button by default', () => {
    render(<Button>Continue</Button>)
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveAttribute('type', 'submit')
  })

  it('renders a link styled as a button with asChild', () => {
    render(
      <Button asChild variant="start">
        <a href="/report">Start now</a>
      </Button>,
    )
    const link = screen.getByRole('link', { name: 'Start now' })
    expect(link).toHaveAttribute('href', '/report')
    expect(link).toHaveAttribute('data-ui', 'button')
    expect(link.className).toContain('bg-success')
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('uses role tokens for each variant', () => {
    render(
      <>
        <Button variant="primary">a</Button>
        <Button variant="secondary">b</Button>
        <Button variant="warning">c</Button>
      </>,
    )
    expect(screen.getByRole('button', { name: 'a' }).className).toContain('bg-brand')
    expect(screen.getByRole('button', { name: 'b' }).className).toContain('bg-surface')
    expect(screen.getByRole('button', { name: 'c' }).className).toContain('bg-error')
  })

  it('activates from the keyboard', async () => {
    const onClick = vi.fn((e: React.MouseEvent) => e.preventDefault())
    render(<Button onClick={onClick}>Save</Button>)
    await userEvent.tab()
    await userEvent.keyboard('{Enter}')
    await userEvent.keyboard(' ')
    expect(onClick).toHaveBeenCalledTimes(2)
  })

  it('lets a caller override classes', () => {
    render(<Button className="w-auto">Go</Button>)
    expect(screen.getByRole('button').className).not.toMatch(/(^|\s)w-full(\s|$)/)
  })
})
