import type { ReactNode } from 'react'
import { useRouteLoaderData } from '@remix-run/react'
import { BackLink, ErrorSummary, EXIT_THIS_PAGE_SCRIPT, ExitThisPage } from '@bluelamp/ui'
import type { Translate } from '../../i18n/i18n.ts'
import { useT } from '../../lib/use-t.ts'

export interface FrameService {
  id: string
  title: string
  quickExit: boolean
}

/**
 * Quick exit on every page of a sensitive journey: a plain link without JavaScript; with it, Escape and Shift×3
 * through a small inline script (under the page's CSP nonce), so these pages need not load React to do it.
 */
export function QuickExit({ t }: { t: Translate }) {
  const root = useRouteLoaderData('root') as { cspNonce?: string } | undefined
  return (
    <>
      <ExitThisPage
        visuallyHiddenPrefix={t('journey.exit.prefix')}
        messages={{
          shiftPressesLeft: (n) => (n === 1 ? t('journey.exit.shiftOne') : t('journey.exit.shiftMany', { n })),
          exiting: t('journey.exit.exiting'),
        }}
      >
        {t('journey.exit.label')}
      </ExitThisPage>
      <script nonce={root?.cspNonce} dangerouslySetInnerHTML={{ __html: EXIT_THIS_PAGE_SCRIPT }} />
    </>
  )
}

interface FrameProps {
  service: FrameService
  backHref?: string
  errors?: { href: string; text: string }[]
  children: ReactNode
}

/** The frame of every journey page: quick exit where the service needs it, a back link, the error summary. */
export function JourneyFrame({ service, backHref, errors, children }: FrameProps) {
  const t = useT()
  return (
    <div className="max-w-3xl">
      {service.quickExit ? <QuickExit t={t} /> : null}
      {backHref ? (
        <BackLink href={backHref} className="mt-0">
          {t('journey.question.back')}
        </BackLink>
      ) : null}
      {errors && errors.length > 0 ? <ErrorSummary title={t('journey.question.errorTitle')} errors={errors} /> : null}
      {children}
      {service.quickExit ? <p className="mt-8 text-secondary-text">{t('journey.question.sensitive')}</p> : null}
    </div>
  )
}

/** The service's name above a page's heading (GOV.UK's caption). */
export function Caption({ children }: { children: ReactNode }) {
  return <span className="mb-1 block text-lg text-secondary-text">{children}</span>
}
