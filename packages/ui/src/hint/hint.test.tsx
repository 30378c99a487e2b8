import { render, screen } from '@testing-library/react'
import { Hint } from './hint.tsx'

describe('Hint', () => {
  it('can describe a field by id', () => {
    render(
      <>
        <Hint id="h">For example, a landmark</Hint>
        <input aria-label="Where" aria-describedby="h" />
      </>,
    )
    expect(screen.getByRole('textbox', { name: 'Where' })).toHaveAccessibleDescription('For example, a landmark')
  })
})
