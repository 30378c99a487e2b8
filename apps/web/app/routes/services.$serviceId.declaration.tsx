import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button } from '@bluelamp/ui'
import { declarationLoader, submitAction, type DeclarationData } from '../lib/journey/submit.server.ts'
import { CsrfInput } from '../components/csrf-input.tsx'
import { Honeypot } from '../components/honeypot.tsx'
import { Caption, JourneyFrame } from '../components/journey/journey-frame.tsx'
import { QuestionFields, errorHref } from '../components/journey/question-fields.tsx'
import { SubmitFailed } from '../components/journey/submit-failed.tsx'
import { journeyMeta, rootLocale } from '../components/journey/meta.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

export const loader = declarationLoader
export const action = submitAction

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [data.question.text[rootLocale(matches)], data.service.title], (t, { force }) => t('meta.declaration', { service: data.service.title, force })) : []

export default function Declaration() {
  const loaded = useLoaderData<typeof loader>()
  const posted = useActionData<typeof action>()
  const page: DeclarationData = posted && 'question' in posted ? (posted as DeclarationData) : loaded
  const t = useT()
  const locale = useLocale()
  const { service, question } = page
  return (
    <JourneyFrame
      service={service}
      backHref={page.backHref}
      errors={page.errors.map((e) => ({ href: errorHref(question, e), text: e.message }))}
    >
      {page.failed ? <SubmitFailed /> : null}
      <Form method="post" reloadDocument noValidate>
        <CsrfInput />
        <Honeypot />
        <Caption>{service.title}</Caption>
        <QuestionFields question={question} locale={locale} t={t} values={page.values} errors={page.errors} files={[]} />
        <Button>{page.failed ? t('journey.errors.submitRetry') : t('journey.declaration.send')}</Button>
      </Form>
    </JourneyFrame>
  )
}
