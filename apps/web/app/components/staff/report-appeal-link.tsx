import { useT } from '../../lib/site/use-t.ts'

/** The appeal a report was given from: its reference, and its public page while it is live. */
export function ReportAppealLink({ appeal }: { appeal: { reference: string; href: string | null } }) {
  const t = useT()
  return (
    <span data-report-appeal={appeal.reference}>
      <span className="font-bold">{t('appealLink.staffValue', { reference: appeal.reference })}</span>
      <br />
      {appeal.href ? (
        <a className="text-link underline" href={appeal.href}>
          {t('appealLink.staffView')}
        </a>
      ) : (
        t('appealLink.staffGone')
      )}
    </span>
  )
}
