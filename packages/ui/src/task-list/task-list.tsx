import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { Tag, type TagProps } from '../tag/tag.tsx'

export interface TaskListItem {
  id: string
  title: string
  /** Leave out when the task cannot be started yet: it then shows as text, not a link. */
  href?: string
  hint?: React.ReactNode
  status: { text: string; tag?: TagProps['status'] }
}

export type TaskListProps = React.ComponentProps<'ul'> & { items: TaskListItem[] }

/**
 * The tasks in a longer report and the state of each ("Completed", "Incomplete", "Cannot start yet"). The whole row
 * is the link's target size, and each status is tied to its task with aria-describedby.
 */
export function TaskList({ items, className, ...props }: TaskListProps) {
  return (
    <ul data-ui="task-list" className={cn('m-0 mb-8 list-none border-t border-border p-0', className)} {...props}>
      {items.map((item) => {
        const statusId = `${item.id}-status`
        const hintId = item.hint ? `${item.id}-hint` : undefined
        return (
          <li key={item.id} className="relative flex flex-wrap items-start justify-between gap-x-4 gap-y-1 border-b border-border py-3">
            <div className="text-base">
              {item.href ? (
                <a
                  href={item.href}
                  aria-describedby={[hintId, statusId].filter(Boolean).join(' ')}
                  className="after:absolute after:inset-0 after:content-['']"
                >
                  {item.title}
                </a>
              ) : (
                <span className="text-text">{item.title}</span>
              )}
              {item.hint ? (
                <div id={hintId} className="mt-1 text-secondary-text">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div id={statusId}>
              {item.status.tag ? (
                <Tag status={item.status.tag}>{item.status.text}</Tag>
              ) : (
                <span className="text-base text-text">{item.status.text}</span>
              )}
            </div>
          </li>
        )
      })}
    </ul>
  )
}
