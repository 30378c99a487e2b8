import { Tag } from '@bluelamp/ui'
import type { describeFlag } from '@bluelamp/triage'
import type { useT } from '../../lib/site/use-t.ts'

type T = ReturnType<typeof useT>
type FlagView = ReturnType<typeof describeFlag>

/**
 * One flag as a tag. A safeguarding flag is outlined in red and also carries a "!" mark and the word "Safeguarding"
 * for screen readers, so it does not stand out by colour alone; the meaning is the tag's title for a quick check.
 */
export function FlagTag({ flag, t }: { flag: FlagView; t: T }) {
  return (
    <Tag status={flag.safeguarding ? 'error' : 'neutral'} title={flag.meaning ?? undefined} data-flag={flag.id} data-safeguarding={flag.safeguarding ? '' : undefined}>
      {flag.safeguarding ? (
        <>
          <span aria-hidden="true" className="mr-1 inline-flex size-4 items-center justify-center rounded-full bg-error align-[-2px] text-xs leading-none text-background">
            !
          </span>
          <span className="sr-only">{t('staff.flagSafeguarding')}: </span>
        </>
      ) : null}
      {flag.label}
    </Tag>
  )
}

/** A report's flags in a queue row: tags only, the meanings in their titles. */
export function FlagTags({ flags, t }: { flags: FlagView[]; t: T }) {
  if (flags.length === 0) return <>{t('staff.flagsNone')}</>
  return (
    <ul className="m-0 flex list-none flex-wrap gap-1 p-0" data-staff="flags">
      {flags.map((f) => (
        <li key={f.id}>
          <FlagTag flag={f} t={t} />
        </li>
      ))}
    </ul>
  )
}

/** A report's flags on its page: each tag with its meaning written out beside it. */
export function FlagMeanings({ flags, t }: { flags: FlagView[]; t: T }) {
  if (flags.length === 0) return <>{t('staff.flagsNone')}</>
  return (
    <dl className="m-0 space-y-2" data-staff="flags">
      {flags.map((f) => (
        <div key={f.id}>
          <dt className="inline">
            <FlagTag flag={f} t={t} />
          </dt>
          {f.meaning ? <dd className="ml-0 inline pl-2">{f.meaning}</dd> : null}
        </div>
      ))}
    </dl>
  )
}
