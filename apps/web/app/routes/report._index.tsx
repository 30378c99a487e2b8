import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, Radios, type ChoiceItem } from '@bluelamp/ui'
import { frontDoorAction, frontDoorLoader, type FrontDoorPageData } from '../lib/journey/front-door.server.ts'
import { FRONT_DOOR_FIELD, FRONT_DOOR_PATH } from '../lib/journey/front-door.ts'
import { CsrfInput } from '../components/csrf-input.tsx'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { journeyMeta } from '../components/journey/meta.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = frontDoorLoader
export const action = frontDoorAction

// A refused answer's page is titled "Error: …" through the root loader (pageShowsErrors in the action).
export const meta: MetaFunction<typeof loader> = ({ matches }) => journeyMeta(matches, [(t) => t('frontDoor.title')], (t, { force }) => t('meta.frontDoor', { force }))

/** The choices, with "or" before the last one, "Something else" (GOV.UK's divider before a catch-all answer). */
function withDivider(choices: FrontDoorPageData['choices'], or: string): ChoiceItem[] {
  const items = choices.map((c) => ({ value: c.value, label: c.label, hint: c.hint }))
  return items.length > 1 ? [...items.slice(0, -1), { divider: or }, ...items.slice(-1)] : items
}

/** "Report something": what is it about? Works as a plain form; the answer is checked on the server. */
export default function FrontDoor() {
  const loaded = useLoaderData<typeof loader>()
  const posted = useActionData<typeof action>()
  const page: FrontDoorPageData = posted ?? loaded
  const t = useT()
  return (
    <div className="max-w-3xl">
      {page.error ? <PageErrorSummary title={t('journey.question.errorTitle')} errors={[{ href: `#${FRONT_DOOR_FIELD}`, text: page.error }]} /> : null}
      <Form method="post" action={FRONT_DOOR_PATH} reloadDocument noValidate>
        <CsrfInput />
        <Radios
          idPrefix={FRONT_DOOR_FIELD}
          name={FRONT_DOOR_FIELD}
          legend={t('frontDoor.title')}
          legendAsHeading
          hint={t('frontDoor.hint')}
          error={page.error ?? undefined}
          errorPrefix={t('journey.question.errorPrefix')}
          items={withDivider(page.choices, t('journey.question.or'))}
        />
        <Button>{t('frontDoor.continue')}</Button>
      </Form>
      <p className="mt-2">
        <a href="/services">{t('frontDoor.allServices')}</a>
      </p>
    </div>
  )
}
