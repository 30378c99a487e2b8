import type { ReactNode } from 'react'
import { useRouteLoaderData } from '@remix-run/react'
import { BackLink, EXIT_THIS_PAGE_SCRIPT, ExitThisPage } from '@bluelamp/ui'
import type { Translate } from '../../i18n/i18n.ts'
import { useT } from '../../lib/site/use-t.ts'
import type { HelplineView } from '../../lib/journey/view.server.ts'
import { Helplines } from './helplines.tsx'
import { PageErrorSummary } from '../page-error-summary.tsx'

export interface FrameService {
  id: string
  title: string
  quickExit: boolean
  helplines?: HelplineView[]
}

/**
 * Quick exit: a link to /exit, which forgets this browser's sensitive drafts and redirects to a neutral site, so it
 * works without JavaScript. With JavaScript, a small inline script (under the page's CSP nonce, so these pages need
 * not load React) adds the lone-Shift shortcut and the history handling, and swaps the hint for one naming the key.
 * The Shell draws it on every public page a person can reach from a sensitive journey (see quickExitWanted).
 */
export function QuickExit({ t }: { t: Translate }) {
  const root = useRouteLoaderData('root') as { cspNonce?: string } | undefined
  return (
    <>
      <ExitThisPage
        href={EXIT_PATH}
        visuallyHiddenPrefix={t('journey.exit.prefix')}
        messages={{
          shiftPressesLeft: (n) => (n === 1 ? t('journey.exit.shiftOne') : t('journey.exit.shiftMany', { n })),
          exiting: t('journey.exit.exiting'),
        }}
        hint={{ noScript: t('journey.exit.hintNoScript'), script: t('journey.exit.hintScript') }}
      >
        {t('journey.exit.label')}
      </ExitThisPage>
      <script nonce={root?.cspNonce} dangerouslySetInnerHTML={{ __html: EXIT_THIS_PAGE_SCRIPT }} />
    </>
  )
}

/** The route that forgets the sensitive drafts and leaves for a neutral site (routes/exit.tsx). */
export const EXIT_PATH = '/exit'

interface MatchLike {
  id: string
  data?: unknown
}

/**
 * Whether a page shows quick exit: every public page of a force (home, services, track, the information pages, a
 * page not found), since a person can reach each of them from a sensitive journey, except the journey pages of a
 * service that is not sensitive (their data names the service) and the back office.
 */
export function quickExitWanted(matches: MatchLike[], isForceSite: boolean): boolean {
  if (!isForceSite) return false
  if (matches.some((m) => m.id.startsWith('routes/staff'))) return false
  const service = matches
    .map((m) => (m.data as { service?: { quickExit?: unknown } } | null | undefined)?.service)
    .find((s) => typeof s?.quickExit === 'boolean')
  return service ? service.quickExit === true : true
}

interface FrameProps {
  service: FrameService
  backHref?: string
  errors?: { href: string; text: string }[]
  children: ReactNode
}

/** The frame of every journey page: a back link, the error summary, and private browsing advice on sensitive ones. */
export function JourneyFrame({ service, backHref, errors, children }: FrameProps) {
  const t = useT()
  return (
    <div className="max-w-3xl">
      {backHref ? (
        <BackLink href={backHref} className="mt-0">
          {t('journey.question.back')}
        </BackLink>
      ) : null}
      {errors && errors.length > 0 ? <PageErrorSummary title={t('journey.question.errorTitle')} errors={errors} /> : null}
      {children}
      <Helplines helplines={service.helplines ?? []} t={t} />
      {service.quickExit ? <p className="mt-8 text-secondary-text">{t('journey.question.sensitive')}</p> : null}
    </div>
  )
}

/** The service's name above a page's heading (GOV.UK's caption). */
export function Caption({ children }: { children: ReactNode }) {
  return <span className="mb-1 block text-lg text-secondary-text">{children}</span>
}
