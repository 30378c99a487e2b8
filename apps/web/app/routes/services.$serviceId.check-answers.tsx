import type { MetaFunction } from '@remix-run/node'
import { AppealNote } from '../components/journey/appeal-note.tsx'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, NotificationBanner, SummaryList } from '@bluelamp/ui'
import { checkAnswersLoader, submitAction, type CheckAnswersData } from '../lib/journey/submit.server.ts'
import { CsrfInput } from '../components/csrf-input.tsx'
import { Honeypot } from '../components/honeypot.tsx'
import { Caption, JourneyFrame } from '../components/journey/journey-frame.tsx'
import { SubmitFailed } from '../components/journey/submit-failed.tsx'
import { DangerNow } from '../components/journey/danger-now.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = checkAnswersLoader
export const action = submitAction

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [(t) => t('journey.check.title'), data.service.title], (t, { force }) => t('meta.check', { service: data.service.title, force })) : []

export default function CheckAnswers() {
  const loaded = useLoaderData<typeof loader>()
  const posted = useActionData<typeof action>() as CheckAnswersData | undefined
  const page = posted && 'rows' in posted ? posted : loaded
  const t = useT()
  const { service } = page
  return (
    <JourneyFrame service={service} backHref={page.backHref}>
      {page.failed ? <SubmitFailed /> : null}
      <Caption>{service.title}</Caption>
      <h1 className="mb-8 text-3xl font-bold md:text-4xl">{t('journey.check.title')}</h1>
      <AppealNote appeal={page.appeal} />
      {page.dangerNow ? <DangerNow suicide={page.dangerNow.suicide} /> : null}
      {page.routing ? (
        <NotificationBanner title={t('journey.routing.noticeTitle')} data-journey="receiving-force">
          <h3>{t('journey.routing.notice', { force: page.routing.force })}</h3>
          <p className="mb-2">{page.routing.why}</p>
          <p className="m-0">
            <a href={page.routing.changeHref}>{page.routing.changeText === 'area' ? t('journey.routing.changeArea') : t('journey.routing.changePostcode')}</a>
          </p>
        </NotificationBanner>
      ) : null}
      <SummaryList
        rows={page.rows.map((row) => ({
          key: row.question,
          value: row.answer,
          actions: [{ href: row.href, text: t('journey.check.change'), visuallyHiddenText: row.question }],
        }))}
      />
      {page.needsDeclaration ? (
        <Button asChild>
          <a href={`/services/${service.id}/declaration`}>{t('journey.check.continue')}</a>
        </Button>
      ) : (
        <>
          <h2 className="mb-4 text-2xl font-bold">{t('journey.check.sendHeading')}</h2>
          <p className="mb-6">{t('journey.check.sendBody')}</p>
          <Form method="post" reloadDocument>
            <CsrfInput />
            <Honeypot />
            <Button>{page.failed ? t('journey.errors.submitRetry') : t('journey.check.send')}</Button>
          </Form>
        </>
      )}
    </JourneyFrame>
  )
}
