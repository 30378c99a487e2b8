import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, Checkboxes, FormField, TextInput } from '@bluelamp/ui'
import { saveAction, saveLoader } from '../lib/journey/start.server.ts'
import { CsrfInput } from '../components/csrf-input.tsx'
import { JourneyFrame } from '../components/journey/journey-frame.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = saveLoader
export const action = saveAction

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(matches, [(t) => t('journey.save.title'), data.service.title], (t, { force }) => t('meta.save', { force })) : []

/** Save and come back later: the answers are already saved; this offers a link by email as well. */
export default function SaveForLater() {
  const loaded = useLoaderData<typeof loader>()
  const page = useActionData<typeof action>() ?? loaded
  const t = useT()
  const { service } = page
  if (page.sentTo) {
    return (
      <JourneyFrame service={service}>
        <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('journey.save.sentTitle')}</h1>
        <p className="mb-6 text-lg">{t('journey.save.sentBody', { email: page.sentTo })}</p>
        <p>
          <a href={page.returnHref}>{t('journey.save.return')}</a>
        </p>
      </JourneyFrame>
    )
  }
  return (
    <JourneyFrame
      service={service}
      backHref={page.returnHref}
      errors={[
        ...(page.error ? [{ href: '#email', text: page.error }] : []),
        ...(page.safeAddressError ? [{ href: '#safe-address', text: page.safeAddressError }] : []),
      ]}
    >
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('journey.save.title')}</h1>
      {page.saved ? (
        <>
          <p className="mb-4 text-lg">{t(service.sensitive ? 'journey.save.bodySensitive' : 'journey.save.body')}</p>
          <p className="mb-6">{service.sensitive ? t('journey.save.emailBodySensitive', { force: page.forceName }) : t('journey.save.emailBody')}</p>
          <Form method="post" reloadDocument noValidate>
            <CsrfInput />
            <FormField id="email" label={t('journey.save.email')} error={page.error ?? undefined} errorPrefix={t('journey.question.errorPrefix')}>
              <TextInput name="email" type="email" autoComplete="email" spellCheck={false} defaultValue={page.email} width="two-thirds" />
            </FormField>
            {service.sensitive ? (
              <Checkboxes
                idPrefix="safe-address"
                name="safe-address"
                small
                error={page.safeAddressError ?? undefined}
                errorPrefix={t('journey.question.errorPrefix')}
                items={[{ value: 'yes', label: t('journey.save.safeAddress') }]}
              />
            ) : null}
            <Button>{t('journey.save.send')}</Button>
          </Form>
        </>
      ) : (
        <p className="mb-6 text-lg">{t('journey.save.nothingSaved')}</p>
      )}
      <p className="mt-8">
        <a href={page.returnHref}>{t('journey.save.return')}</a>
      </p>
    </JourneyFrame>
  )
}
