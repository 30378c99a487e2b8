import { InsetText } from '@bluelamp/ui'
import type { AppealView } from '../../lib/journey/appeal.server.ts'
import { useLocale, useT } from '../../lib/site/use-t.ts'

/** "You are giving information about appeal LE-2026-0142: Tractor stolen near Melton", on every page of the journey. */
export function AppealNote({ appeal }: { appeal: AppealView | null | undefined }) {
  const t = useT()
  const locale = useLocale()
  if (!appeal) return null
  return (
    <InsetText className="max-w-3xl" data-appeal-reference={appeal.reference}>
      <p className="m-0">
        {t('appealLink.givingAbout', { reference: appeal.reference })}
        {appeal.title ? (
          <>
            {': '}
            <span className="font-bold" lang={appeal.lang !== locale ? appeal.lang : undefined}>
              {appeal.title}
            </span>
          </>
        ) : null}
      </p>
    </InsetText>
  )
}
