import { WarningText } from '@bluelamp/ui'
import { useT } from '../../lib/site/use-t.ts'

/** Shown when the database could not take the report: the draft is safe, try again. */
export function SubmitFailed() {
  const t = useT()
  return (
    <div role="alert" className="mb-8 border-[5px] border-error p-4 sm:p-5" data-journey="submit-failed">
      <h2 className="mb-4 text-2xl font-bold">{t('journey.errors.submitTitle')}</h2>
      <p className="mb-4">{t('journey.errors.submitBody')}</p>
      <WarningText iconLabel={t('common.emergencyWarningIcon')} className="mb-0">
        {t('journey.errors.submitEmergency')}
      </WarningText>
    </div>
  )
}
