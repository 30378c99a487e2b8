import type { MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { Button, ButtonGroup, InsetText, StartArrow, WarningText } from '@bluelamp/ui'
import { startAction, startLoader } from '../lib/journey/start.server.ts'
import { AppealNote } from '../components/journey/appeal-note.tsx'
import { CsrfInput } from '../components/csrf-input.tsx'
import { Helplines } from '../components/journey/helplines.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = startLoader
export const action = startAction

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => data ? journeyMeta(matches, [data.service.title], (t, { force }) => t('meta.start', { service: data.service.title, force, description: data.service.description })) : []

export default function StartPage() {
  const { service, minutes, draft, appeal, startAppeal } = useLoaderData<typeof loader>()
  const t = useT()
  return (
    <div className="max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold md:text-5xl">{service.title}</h1>
      <p className="mb-6 text-xl">{service.description}</p>
      {service.quickExit ? <p className="mb-6">{t('journey.question.sensitive')}</p> : null}
      <AppealNote appeal={appeal} />
      {draft ? (
        <InsetText>
          <h2 className="mb-2 text-xl font-bold">{t('journey.start.draftHeading')}</h2>
          <p className="mb-4">{t('journey.start.draftBody')}</p>
          <ButtonGroup className="mb-0">
            <Button asChild>
              <a href={draft.continueHref}>{t('journey.start.continueDraft')}</a>
            </Button>
            <Form method="post" reloadDocument>
              <CsrfInput />
              <input type="hidden" name="intent" value="restart" />
              {startAppeal ? <input type="hidden" name="appeal" value={startAppeal} /> : null}
              <Button variant="secondary">{t('journey.start.startAgain')}</Button>
            </Form>
          </ButtonGroup>
        </InsetText>
      ) : null}
      <h2 className="mt-8 mb-4 text-2xl font-bold">{t('journey.start.beforeYouStart')}</h2>
      <WarningText iconLabel={t('common.emergencyWarningIcon')}>{t('journey.start.call999')}</WarningText>
      <p className="mb-6">{t('journey.start.textRelay')}</p>
      <h2 className="mb-4 text-2xl font-bold">{t('journey.start.youWillNeed')}</h2>
      <ul className="mb-6 list-disc space-y-1 pl-6">
        <li>{t('journey.start.needWhen')}</li>
        <li>{t('journey.start.needWhat')}</li>
        <li>{t('journey.start.needContact')}</li>
      </ul>
      <p className="mb-8">{t(service.sensitive ? 'journey.start.howLongSensitive' : 'journey.start.howLong', { minutes })}</p>
      {draft ? null : startAppeal ? (
        // From an appeal's page: a form, so the new report is linked to the appeal (checked again on the server).
        <Form method="post" reloadDocument>
          <CsrfInput />
          <input type="hidden" name="intent" value="start" />
          <input type="hidden" name="appeal" value={startAppeal} />
          <Button variant="start" type="submit">
            {t('journey.start.startNow')}
            <StartArrow />
          </Button>
        </Form>
      ) : (
        <Button asChild variant="start">
          <a href={`/services/${service.id}/questions`} draggable="false">
            {t('journey.start.startNow')}
            <StartArrow />
          </a>
        </Button>
      )}
      <Helplines helplines={service.helplines} t={t} />
    </div>
  )
}
