import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export interface SummaryListAction {
  href: string
  /** Visible text, e.g. "Change". */
  text: string
  /** Completes the link's name for screen readers, e.g. "what happened", so each "Change" link is distinct. */
  visuallyHiddenText: string
}

export interface SummaryListRow {
  key: React.ReactNode
  value: React.ReactNode
  actions?: SummaryListAction[]
}

export type SummaryListProps = React.ComponentProps<'dl'> & {
  rows: SummaryListRow[]
  /** Drop the row borders, e.g. inside a card or a panel. */
  noBorder?: boolean
}

/** Key facts as a list of questions and answers; with change links it is the "check your answers" page. */
export function SummaryList({ rows, noBorder = false, className, ...props }: SummaryListProps) {
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0)
  return (
    <dl data-ui="summary-list" className={cn('mb-8 text-base text-text', className)} {...props}>
      {rows.map((row, i) => (
        <div
          key={i}
          className={cn(
            'flex flex-col gap-1 py-3 sm:grid sm:gap-4',
            anyActions ? 'sm:grid-cols-[30%_1fr_auto]' : 'sm:grid-cols-[30%_1fr]',
            !noBorder && 'border-b border-border',
          )}
        >
          <dt className="font-bold">{row.key}</dt>
          <dd className="m-0 break-words whitespace-pre-line">{row.value}</dd>
          {row.actions && row.actions.length > 0 ? (
            <dd className="m-0 sm:text-right">
              <ul className="m-0 flex list-none flex-wrap gap-x-3 p-0 sm:justify-end">
                {row.actions.map((action) => (
                  <li key={action.href}>
                    <a href={action.href}>
                      {action.text}
                      <span className="sr-only"> {action.visuallyHiddenText}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          ) : anyActions ? (
            <span aria-hidden="true" className="hidden sm:block" />
          ) : null}
        </div>
      ))}
    </dl>
  )
}
