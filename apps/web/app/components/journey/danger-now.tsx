import { useId } from 'react'
import { Button, InsetText, WarningText } from '@bluelamp/ui'
import { useT } from '../../lib/site/use-t.ts'

/**
 * The 999 advice shown above "Send report" when the person's own words suggest someone may be in danger now. It
 * informs and never blocks: the report can still be sent, and staff see the same words flagged.
 */
export function DangerNow({ suicide }: { suicide: boolean }) {
  const t = useT()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} data-journey="danger-now" className="mb-8 border-l-[10px] border-error pl-4">
      <h2 id={headingId} className="mb-4 text-2xl font-bold">
        {t('journey.check.dangerTitle')}
      </h2>
      <WarningText iconLabel={t('common.emergencyWarningIcon')}>{t('journey.check.dangerBody')}</WarningText>
      <Button asChild variant="warning" className="mb-6">
        <a href="tel:999">{t('journey.check.dangerCall')}</a>
      </Button>
      <InsetText>
        <p className="m-0">{t('journey.check.dangerTextRelay')}</p>
      </InsetText>
      {suicide ? (
        <p className="mb-4">
          {t('journey.check.dangerSamaritans')}{' '}
          <a href="tel:116123">116 123</a>.
        </p>
      ) : null}
      <p className="m-0">{t('journey.check.dangerStillSend')}</p>
    </section>
  )
}
