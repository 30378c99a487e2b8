import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, StepProgress } from '@bluelamp/ui'
import { questionAction, questionLoader, type QuestionPageData } from '../lib/journey/question.server.ts'
import { AppealNote } from '../components/journey/appeal-note.tsx'
import { CsrfInput } from '../components/csrf-input.tsx'
import { Caption, JourneyFrame } from '../components/journey/journey-frame.tsx'
import { QuestionFields, errorHref } from '../components/journey/question-fields.tsx'
import { journeyMeta, rootLocale } from '../components/journey/meta.ts'
import { useLocale, useT } from '../lib/site/use-t.ts'

export const loader = questionLoader
export const action = questionAction

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? journeyMeta(
        matches,
        [data.question.text[rootLocale(matches)], data.service.title],
        (t, { force }) => t('meta.question', { service: data.service.title, force }),
        data.errors.length > 0,
      ) : []

export default function QuestionPage() {
  const loaded = useLoaderData<typeof loader>()
  const posted = useActionData<typeof action>()
  const page: QuestionPageData = posted ?? loaded
  const t = useT()
  const locale = useLocale()
  const { question, service } = page
  const upload = question.type === 'evidence-upload'
  return (
    <JourneyFrame
      service={service}
      backHref={page.backHref}
      errors={page.errors.map((e) => ({ href: errorHref(question, e), text: e.message }))}
    >
      <Form
        method="post"
        encType={upload ? 'multipart/form-data' : undefined}
        action={`/services/${service.id}/questions/${question.id}${page.change ? '?change=1' : ''}`}
        reloadDocument
        noValidate
      >
        <CsrfInput />
        <input type="hidden" name="question" value={question.id} />
        <Caption>{service.title}</Caption>
        <StepProgress
          current={page.progress.index}
          total={page.progress.total}
          format={(current, total) => t('journey.question.progress', { current, total })}
        />
        <AppealNote appeal={page.appeal} />
        <QuestionFields question={question} locale={locale} t={t} values={page.values} errors={page.errors} files={page.files} />
        <Button>{t('journey.question.continue')}</Button>
        {/* A button of this form, after Continue (so Enter still continues): what is typed on this page is saved too. */}
        <p className="mt-2">
          <button
            type="submit"
            name="intent"
            value="save"
            data-journey="save-for-later"
            className="cursor-pointer text-link underline decoration-1 underline-offset-[0.15em] hover:decoration-[3px] focus-visible:bg-focus focus-visible:text-focus-text focus-visible:no-underline focus-visible:shadow-[0_-2px_var(--color-focus),0_4px_var(--color-focus-text)] focus-visible:outline-[3px] focus-visible:outline-transparent"
          >
            {t('journey.question.saveForLater')}
          </button>
        </p>
      </Form>
    </JourneyFrame>
  )
}
