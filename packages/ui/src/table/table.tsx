import * as React from 'react'
import { cn } from '../lib/cn.ts'

export interface TableColumn {
  header: React.ReactNode
  /** Right-align numbers so they line up by place value. */
  numeric?: boolean
}

export type TableProps = React.ComponentProps<'table'> & {
  caption: React.ReactNode
  /** Show the caption as a heading-sized title (otherwise it is body text). */
  captionSize?: 's' | 'm' | 'l'
  columns: TableColumn[]
  rows: React.ReactNode[][]
  /** Make each row's first cell a row header (`<th scope="row">`). */
  firstCellIsHeader?: boolean
}

/** Data to compare across rows and columns. Always captioned; column headers are `<th scope="col">`. */
export function Table({ caption, captionSize = 'm', columns, rows, firstCellIsHeader = false, className, ...props }: TableProps) {
  const captionId = React.useId()
  const cell = 'border-b border-border py-2 pr-4 text-left align-top last:pr-0'
  return (
    <div data-ui="table" className="mb-8 max-w-full overflow-x-auto" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={cn('w-full border-collapse text-base text-text', className)} {...props}>
        <caption id={captionId} className={cn('mb-3 text-left font-bold', { s: 'text-base', m: 'text-xl', l: 'text-2xl' }[captionSize])}>
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={cn(cell, 'font-bold', column.numeric && 'text-right')}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r}>
              {row.map((value, c) =>
                c === 0 && firstCellIsHeader ? (
                  <th key={c} scope="row" className={cn(cell, 'font-bold')}>
                    {value}
                  </th>
                ) : (
                  <td key={c} className={cn(cell, columns[c]?.numeric && 'text-right tabular-nums')}>
                    {value}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
