import { render, screen } from '@testing-library/react'
import { Main, TwoThirds, WidthContainer } from './layout.tsx'

describe('layout', () => {
  it('renders one main landmark that the skip link can focus', () => {
    render(
      <WidthContainer>
        <Main>
          <TwoThirds>Content</TwoThirds>
        </Main>
      </WidthContainer>,
    )
    const main = screen.getByRole('main')
    expect(main).toHaveAttribute('id', 'main-content')
    expect(main).toHaveAttribute('tabindex', '-1')
  })
})
