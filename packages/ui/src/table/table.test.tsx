import { render, screen, within } from '@testing-library/react'
import { Table } from './table.tsx'

describe('Table', () => {
  it('has a caption, column headers and optional row headers', () => {
    render(
      <Table
        caption="Your reports"
        columns={[{ header: 'Reference' }, { header: 'Count', numeric: true }]}
        rows={[['LE-1', '3']]}
        firstCellIsHeader
      />,
    )
    const table = screen.getByRole('table', { name: 'Your reports' })
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Reference', 'Count'])
    expect(within(table).getByRole('rowheader', { name: 'LE-1' })).toHaveAttribute('scope', 'row')
    expect(within(table).getByRole('cell', { name: '3' }).className).toContain('text-right')
    expect(screen.getByRole('region', { name: 'Your reports' })).toHaveAttribute('tabindex', '0')
  })
})
