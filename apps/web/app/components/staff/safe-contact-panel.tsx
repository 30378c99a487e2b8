import { WarningText } from '@bluelamp/ui'
import type { SafeContact } from '@bluelamp/triage'
import type { useT } from '../../lib/site/use-t.ts'

const WAY_KEYS = { phone: 'staff.safeContactWayPhone', text: 'staff.safeContactWayText', email: 'staff.safeContactWayEmail' } as const

/**
 * How the person said they may be contacted, at the top of their report and in a heavy border: whoever picks the
 * report up reads it before they see a phone number. Their words (another safe way, times to avoid) are shown as
 * typed.
 */
export function SafeContactPanel({ instructions, t }: { instructions: SafeContact; t: ReturnType<typeof useT> }) {
  const { safe, ways, leaveMessage, avoid, other } = instructions
  return (
    <section aria-labelledby="safe-contact-heading" data-staff="safe-contact" className="mb-8 border-[5px] border-error p-4 sm:p-5">
      <h2 id="safe-contact-heading" className="mb-4 text-2xl font-bold">
        {t('staff.safeContactHeading')}
      </h2>
      {safe ? (
        <ul className="m-0 list-disc space-y-2 pl-6 text-lg">
          <li className="font-bold">
            {ways.length > 0 ? t('staff.safeContactWays', { ways: ways.map((w) => t(WAY_KEYS[w])).join(', ') }) : t('staff.safeContactNoWays')}
          </li>
          <li className="font-bold">{leaveMessage ? t('staff.safeContactMessage') : t('staff.safeContactNoMessage')}</li>
          {avoid ? <li className="whitespace-pre-line">{t('staff.safeContactAvoid', { avoid })}</li> : null}
        </ul>
      ) : (
        <>
          <WarningText iconLabel={t('staff.safeContactHeading')} className="text-xl">
            {t('staff.safeContactNotSafe')}
          </WarningText>
          <p className="m-0 text-lg whitespace-pre-line">{other ? t('staff.safeContactOther', { other }) : t('staff.safeContactNoOther')}</p>
        </>
      )}
    </section>
  )
}
