import { Fragment } from 'react'
import { Form } from '@remix-run/react'
import { BackLink, Button, Checkboxes, DateInput, FormField, Radios, Select, Textarea, TextInput, TimeInput } from '@bluelamp/ui'
import { CsrfInput } from '../csrf-input.tsx'
import { PageErrorSummary } from '../page-error-summary.tsx'
import type { MessageKey } from '../../i18n/i18n.ts'
import { useT } from '../../lib/site/use-t.ts'

type FormError = { key: MessageKey; values?: Record<string, string> }

export interface NoticeFormProps {
  mode: 'new' | 'edit'
  values: Record<string, string | undefined>
  errors: Record<string, FormError>
  forces: { id: string; name: string }[]
  services: { id: string; title: string }[]
}

// Each language's part of the form: its heading and the labels of its title and body (the fields titleEn, bodyEn...).
const LANGUAGES = [
  { lang: 'en', suffix: 'En', heading: 'notices.admin.english', title: 'notices.admin.titleEnLabel', body: 'notices.admin.bodyEnLabel' },
  { lang: 'cy', suffix: 'Cy', heading: 'notices.admin.welsh', title: 'notices.admin.titleCyLabel', body: 'notices.admin.bodyCyLabel' },
] as const satisfies readonly { lang: string; suffix: string; heading: MessageKey; title: MessageKey; body: MessageKey }[]

// The order of the error summary: the order of the fields on the page.
const ORDER = ['titleEn', 'bodyEn', 'titleCy', 'bodyCy', 'audience', 'forces', 'serviceId', 'linkEn', 'linkCy', 'starts-day', 'startsTime-hour', 'ends-day', 'endsTime-hour']

/** Publish or change a national notice: both languages, which forces, an optional service link, start and end in UK time. */
export function NoticeForm({ mode, values, errors, forces, services }: NoticeFormProps) {
  const t = useT()
  const message = (name: string) => (errors[name] ? t(errors[name].key, errors[name].values) : undefined)
  const summary = ORDER.filter((name) => errors[name]).map((name) => ({ href: `#${name}`, text: message(name)! }))
  const chosen = new Set((values.forces ?? '').split(' ').filter(Boolean))
  const dateLabels = { day: t('notices.admin.day'), month: t('notices.admin.month'), year: t('notices.admin.year') }
  const timeLabels = { hour: t('notices.admin.hour'), minute: t('notices.admin.minute') }
  const part = (name: string) => values[name] ?? ''
  return (
    <div className="max-w-3xl">
      <BackLink href="/admin/notices">{t('notices.admin.back')}</BackLink>
      {summary.length > 0 ? <PageErrorSummary title={t('notices.admin.errorSummaryTitle')} errors={summary} /> : null}
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t(mode === 'new' ? 'notices.admin.newTitle' : 'notices.admin.editTitle')}</h1>
      <Form method="post" noValidate>
        <CsrfInput />
        {LANGUAGES.map(({ lang, suffix, heading, title, body }) => (
          <Fragment key={lang}>
            <h2 className="mb-4 text-2xl font-bold">{t(heading)}</h2>
            <FormField id={`title${suffix}`} label={t(title)} error={message(`title${suffix}`)}>
              <TextInput name={`title${suffix}`} defaultValue={part(`title${suffix}`)} spellCheck lang={lang} />
            </FormField>
            <FormField id={`body${suffix}`} label={t(body)} hint={t('notices.admin.bodyHint')} error={message(`body${suffix}`)}>
              <Textarea name={`body${suffix}`} rows={3} defaultValue={part(`body${suffix}`)} spellCheck lang={lang} />
            </FormField>
          </Fragment>
        ))}
        <Radios
          idPrefix="audience"
          name="audience"
          legend={t('notices.admin.audienceLegend')}
          error={message('audience')}
          defaultValue={part('audience')}
          items={[
            { value: 'all', label: t('notices.admin.audienceAll') },
            {
              value: 'chosen',
              label: t('notices.admin.audienceChosen'),
              conditional: (
                <Checkboxes
                  idPrefix="forces"
                  name="forces"
                  legend={t('notices.admin.forcesLegend')}
                  size="s"
                  small
                  error={message('forces')}
                  defaultValue={[...chosen]}
                  items={forces.map((f) => ({ value: f.id, label: f.name }))}
                />
              ),
            },
          ]}
        />
        <FormField id="serviceId" label={t('notices.admin.serviceLabel')} hint={t('notices.admin.serviceHint')} error={message('serviceId')}>
          <Select name="serviceId" defaultValue={part('serviceId')} options={[{ value: '', label: t('notices.admin.serviceNone') }, ...services.map((s) => ({ value: s.id, label: s.title }))]} />
        </FormField>
        <FormField id="linkEn" label={t('notices.admin.linkEnLabel')} hint={t('notices.admin.linkHint')} error={message('linkEn')}>
          <TextInput name="linkEn" defaultValue={part('linkEn')} lang="en" />
        </FormField>
        <FormField id="linkCy" label={t('notices.admin.linkCyLabel')} error={message('linkCy')}>
          <TextInput name="linkCy" defaultValue={part('linkCy')} lang="cy" />
        </FormField>
        {(['starts', 'ends'] as const).map((prefix) => (
          <div key={prefix} className="mb-2">
            <DateInput
              idPrefix={`${prefix}-day`.replace('-day', '')}
              legend={t(prefix === 'starts' ? 'notices.admin.startDate' : 'notices.admin.endDate')}
              size="s"
              hint={t('notices.admin.dateHint')}
              error={message(`${prefix}-day`)}
              labels={dateLabels}
              defaultValue={{ day: part(`${prefix}-day`), month: part(`${prefix}-month`), year: part(`${prefix}-year`) }}
            />
            <TimeInput
              idPrefix={`${prefix}Time`}
              namePrefix={prefix}
              legend={t(prefix === 'starts' ? 'notices.admin.startTime' : 'notices.admin.endTime')}
              size="s"
              hint={t('notices.admin.timeHint')}
              error={message(`${prefix}Time-hour`)}
              labels={timeLabels}
              defaultValue={{ hour: part(`${prefix}-hour`), minute: part(`${prefix}-minute`) }}
            />
          </div>
        ))}
        <Button type="submit">{t(mode === 'new' ? 'notices.admin.publish' : 'notices.admin.save')}</Button>
      </Form>
    </div>
  )
}
