import { render, screen } from '@testing-library/react'
import { StepProgress } from './step-progress.tsx'

describe('StepProgress', () => {
  it('says where the person is, as an estimate', () => {
    render(<StepProgress current={3} total={8} />)
    expect(screen.getByText('Question 3 of about 8')).toBeInTheDocument()
  })

  it('takes a translated format', () => {
    render(<StepProgress current={3} total={8} format={(c, t) => `Cwestiwn ${c} o tua ${t}`} />)
    expect(screen.getByText('Cwestiwn 3 o tua 8')).toBeInTheDocument()
  })
})
