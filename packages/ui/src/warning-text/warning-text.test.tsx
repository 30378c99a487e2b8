import { render, screen } from '@testing-library/react'
import { WarningText } from './warning-text.tsx'

describe('WarningText', () => {
  it('reads the label before the text and hides the icon', () => {
    const { container } = render(<WarningText iconLabel="Rhybudd">Ffoniwch 999</WarningText>)
    expect(screen.getByText('Ffoniwch 999')).toHaveTextContent('Rhybudd: Ffoniwch 999')
    expect(container.querySelector('[aria-hidden="true"]')).toHaveTextContent('!')
  })
})
