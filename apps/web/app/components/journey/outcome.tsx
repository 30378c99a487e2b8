import { Button, InsetText, WarningText } from '@bluelamp/ui'
import type { OutcomePageData, OutcomeView } from '../../lib/journey/view.server.ts'
import { useT } from '../../lib/site/use-t.ts'
import { JourneyFrame } from './journey-frame.tsx'

/** The end of a journey that is not a report: call 999, contact another agency, or advice. Nothing is sent. */
export function OutcomePage({ page }: { page: OutcomePageData }) {
  const t = useT()
  const { outcome, service } = page
  return (
    <JourneyFrame service={service} backHref={page.backHref}>
      {outcome.type === 'EMERGENCY' ? <EmergencyCall outcome={outcome} /> : null}
      {outcome.type === 'REDIRECT' ? <Redirect page={page} /> : null}
      {outcome.type === 'ADVICE' ? (
        <>
          <h1 className="mb-6 text-3xl font-bold md:text-4xl">{outcome.title}</h1>
          <p className="mb-6 text-lg whitespace-pre-line">{outcome.reason}</p>
          {outcome.links.length > 0 ? (
            <ul className="mb-6 list-disc space-y-1 pl-6">
              {outcome.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url}>{l.text}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <p className="mb-4">{t('journey.outcome.notSubmitted')}</p>
      {outcome.type !== 'EMERGENCY' ? <p className="mb-4">{t('journey.outcome.deflectedFooter', { force: page.forceName })}</p> : null}
      <p>
        <a href={page.backHref}>{t('journey.outcome.changeAnswers')}</a>
      </p>
    </JourneyFrame>
  )
}

/** The 999 stop: why, the call button, text relay and silent calls, and any help beside the call (Samaritans). */
export function EmergencyCall({ outcome }: { outcome: Pick<OutcomeView, 'reason' | 'advice' | 'links'> }) {
  const t = useT()
  return (
    <>
      <h1 className="mb-6 text-4xl font-bold md:text-5xl">{t('journey.outcome.emergencyTitle')}</h1>
      <WarningText iconLabel={t('common.emergencyWarningIcon')} className="text-xl">
        {t('journey.outcome.emergencyBody')}
      </WarningText>
      <p className="mb-6 text-lg">{t('journey.outcome.emergencyWhy', { reason: outcome.reason })}</p>
      <Button asChild variant="warning" className="mb-8 text-xl">
        <a href="tel:999">{t('journey.outcome.callButton')}</a>
      </Button>
      <InsetText>
        <p className="mb-2">{t('journey.outcome.emergencyTextRelay')}</p>
        <p className="m-0">{t('journey.outcome.emergencySilent')}</p>
      </InsetText>
      {outcome.advice ? <p className="mb-4 text-lg">{outcome.advice}</p> : null}
      {outcome.links.length > 0 ? (
        <ul className="mb-6 list-disc space-y-1 pl-6">
          {outcome.links.map((l) => (
            <li key={l.url}>
              <a href={l.url}>{l.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}

function Redirect({ page }: { page: OutcomePageData }) {
  const t = useT()
  const { outcome } = page
  const agency = outcome.agency!
  if (agency.id === 'another-force') {
    return (
      <>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('journey.outcome.anotherForceTitle')}</h1>
        <p className="mb-6 text-lg">{t('journey.outcome.anotherForceBody', { forces: (outcome.forces ?? []).join(', ') })}</p>
        <p className="mb-6">{outcome.reason}</p>
        <Button asChild className="mb-8">
          <a href={agency.url} rel="noreferrer">
            {agency.linkText}
          </a>
        </Button>
      </>
    )
  }
  return <AgencyContact agency={agency} lead={t('journey.outcome.redirectBody')} why={outcome.reason} councils={outcome.councils ?? []} />
}

/**
 * Another agency and how to reach it: the heading naming it, why it is the right place, how and when to contact it,
 * its numbers and a button to its site. The same on a journey's redirect page and on the front door's agency pages.
 */
export function AgencyContact({ agency, lead, why, councils = [] }: { agency: NonNullable<OutcomeView['agency']>; lead: string; why: string; councils?: string[] }) {
  const t = useT()
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('journey.outcome.redirectTitle', { agency: agency.name })}</h1>
      <p className="mb-4 text-lg">{lead}</p>
      <p className="mb-6 text-lg">{why}</p>
      {councils.length > 0 ? <p className="mb-6">{t('journey.outcome.councilsFound', { councils: councils.join(', ') })}</p> : null}
      <p className="mb-6">{agency.howToContact}</p>
      {agency.phone || agency.textphone ? (
        <ul className="mb-6 space-y-1">
          {agency.phone ? <li>{t('journey.outcome.phone', { phone: agency.phone })}</li> : null}
          {agency.textphone ? <li>{t('journey.outcome.textphone', { phone: agency.textphone })}</li> : null}
        </ul>
      ) : null}
      <Button asChild className="mb-8">
        <a href={agency.url} rel="noreferrer">
          {agency.linkText}
        </a>
      </Button>
    </>
  )
}
