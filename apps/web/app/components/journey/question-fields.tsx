import { Fragment, type ReactNode } from 'react'
import {
  CharacterCount,
  Checkboxes,
  DateInput,
  Fieldset,
  FileUpload,
  FormField,
  Radios,
  TextInput,
  type DatePart,
} from '@bluelamp/ui'
// The narrow entries, not the package's index: this module is in the browser's bundle, and the index would bring
// the whole service catalogue with it.
import type { FieldError, Question, RawInput } from '@bluelamp/triage'
import { fieldName, firstFieldId, PERSON_FIELDS } from '@bluelamp/triage/fields'
import { yesNoLabels } from '@bluelamp/triage/messages'
import type { Locale, Translate } from '../../i18n/i18n.ts'
import { characterCountMessages, many, one } from './values.ts'

interface Props {
  question: Question
  locale: Locale
  t: Translate
  values: RawInput
  errors: FieldError[]
  files: { id: string; filename: string }[]
}

/** The first error for a field, or for any field whose name starts with the prefix. */
function errorFor(errors: FieldError[], name: string, exact = false): string | undefined {
  return errors.find((e) => e.field === name || (!exact && e.field?.startsWith(`${name}-`)))?.message
}

/** The parts of a date the errors are about (every part with an error of its own). */
function dateErrorParts(errors: FieldError[], prefix: string): DatePart[] | undefined {
  const parts = (['day', 'month', 'year'] as const).filter((part) => errors.some((e) => e.field === fieldName(prefix, part)))
  return parts.length > 0 ? parts : undefined
}

/** Every error about a date's parts, each on its own line (day 32 and no month: both are said). */
function dateError(errors: FieldError[], prefix: string): ReactNode {
  const messages = errors.filter((e) => (['day', 'month', 'year'] as const).some((part) => e.field === fieldName(prefix, part))).map((e) => e.message)
  if (messages.length <= 1) return messages[0]
  return messages.map((message, i) => (
    <span key={message} className="block">
      {i > 0 ? <span className="sr-only">. </span> : null}
      {message}
    </span>
  ))
}

/** The form fields of one question, by type, built from the design system's components. */
export function QuestionFields({ question, locale, t, values, errors, files }: Props) {
  const id = question.id
  const text = question.text[locale]
  const hint = question.hint?.[locale]
  const errorPrefix = t('journey.question.errorPrefix')
  const dateLabels = { day: t('journey.question.day'), month: t('journey.question.month'), year: t('journey.question.year') }
  const dateProps = (prefix: string) => ({
    idPrefix: prefix,
    labels: dateLabels,
    defaultValue: { day: one(values, fieldName(prefix, 'day')), month: one(values, fieldName(prefix, 'month')), year: one(values, fieldName(prefix, 'year')) },
    error: dateError(errors, prefix),
    errorParts: dateErrorParts(errors, prefix),
    errorPrefix,
  })
  const textField = (name: string, label: ReactNode, extra: Partial<Parameters<typeof TextInput>[0]> = {}, fieldHint?: string) => (
    <FormField id={name} label={label} hint={fieldHint} error={errorFor(errors, name, true)} errorPrefix={errorPrefix}>
      <TextInput name={name} defaultValue={one(values, name)} {...extra} />
    </FormField>
  )
  // Every choice question is one fieldset whose legend is the page heading, with its hint and error.
  const choiceGroup = { idPrefix: id, name: id, legend: text, legendAsHeading: true, hint, error: errorFor(errors, id), errorPrefix }

  switch (question.type) {
    case 'yes-no':
      return (
        <Radios
          {...choiceGroup}
          inline={!question.notSure}
          defaultValue={one(values, id)}
          items={[
            // In Welsh the answers follow the question's verb ("Oes" / "Nac oes"), as its data says.
            { value: 'yes', label: yesNoLabels(question, locale).yes },
            { value: 'no', label: yesNoLabels(question, locale).no },
            ...(question.notSure ? [{ value: 'not-sure', label: question.notSure[locale] }] : []),
          ]}
        />
      )
    case 'single-choice':
      return (
        <Radios
          {...choiceGroup}
          defaultValue={one(values, id)}
          items={question.options.map((o) => ({ value: o.value, label: o.label[locale], hint: o.hint?.[locale] }))}
        />
      )
    case 'multiple-choice': {
      const exclusiveAt = question.options.findIndex((o) => o.exclusive)
      const items = question.options.map((o) => ({ value: o.value, label: o.label[locale], hint: o.hint?.[locale], exclusive: o.exclusive }))
      return (
        <Checkboxes
          {...choiceGroup}
          defaultValue={many(values, id)}
          items={exclusiveAt > 0 ? [...items.slice(0, exclusiveAt), { divider: t('journey.question.or') }, ...items.slice(exclusiveAt)] : items}
        />
      )
    }
    case 'short-text':
      return (
        <FormField id={id} label={text} labelAsHeading hint={hint} error={errorFor(errors, id)} errorPrefix={errorPrefix}>
          <TextInput name={id} defaultValue={one(values, id)} width="two-thirds" />
        </FormField>
      )
    case 'long-text':
    case 'location': {
      const max = question.maxLength ?? (question.type === 'location' ? 500 : 2000)
      return (
        <FormField id={id} label={text} labelAsHeading hint={hint} error={errorFor(errors, id)} errorPrefix={errorPrefix}>
          <CharacterCount
            name={id}
            maxLength={max}
            rows={question.type === 'location' ? 3 : 8}
            defaultValue={one(values, id)}
            messages={characterCountMessages(t)}
          />
        </FormField>
      )
    }
    case 'postcode':
      return (
        <FormField id={id} label={text} labelAsHeading hint={hint ?? t('journey.question.postcodeHint')} error={errorFor(errors, id)} errorPrefix={errorPrefix}>
          <TextInput name={id} defaultValue={one(values, id)} width="10" autoComplete="postal-code" spellCheck={false} />
        </FormField>
      )
    case 'vehicle-registration':
      return (
        <FormField id={id} label={text} labelAsHeading hint={hint ?? t('journey.question.registrationHint')} error={errorFor(errors, id)} errorPrefix={errorPrefix}>
          <TextInput name={id} defaultValue={one(values, id)} width="10" autoCapitalize="characters" spellCheck={false} />
        </FormField>
      )
    case 'date':
      return <DateInput {...dateProps(id)} legend={text} legendAsHeading hint={hint} />
    case 'approximate-time':
      return (
        <Fieldset legend={text} legendAsHeading>
          <DateInput {...dateProps(id)} legend={t('journey.question.date')} size="s" hint={hint} />
          <Radios
            idPrefix={fieldName(id, 'time')}
            name={fieldName(id, 'time')}
            legend={t('journey.question.timeOfDay')}
            size="s"
            small
            error={errorFor(errors, fieldName(id, 'time'), true)}
            errorPrefix={errorPrefix}
            defaultValue={one(values, fieldName(id, 'time'))}
            items={[
              { value: 'morning', label: t('journey.question.morning') },
              { value: 'afternoon', label: t('journey.question.afternoon') },
              { value: 'evening', label: t('journey.question.evening') },
              { value: 'night', label: t('journey.question.night') },
              { value: 'not-sure', label: t('journey.question.timeNotSure') },
            ]}
          />
        </Fieldset>
      )
    case 'date-range':
      return (
        <Fieldset legend={text} legendAsHeading>
          {hint ? <p className="mb-4 text-secondary-text">{hint}</p> : null}
          <DateInput {...dateProps(fieldName(id, 'from'))} legend={t('journey.question.from')} size="s" />
          <DateInput {...dateProps(fieldName(id, 'to'))} legend={t('journey.question.to')} size="s" />
        </Fieldset>
      )
    case 'person-description':
      return (
        <Fieldset legend={text} legendAsHeading>
          {hint ? <p className="mb-4 text-secondary-text">{hint}</p> : null}
          {PERSON_FIELDS.map((part) => (
            <Fragment key={part}>
              {textField(
                fieldName(id, part),
                t(`journey.question.${part}`),
                part === 'clothing' || part === 'other' ? {} : { width: 'one-third' },
                part === 'age' ? t('journey.question.ageHint') : undefined,
              )}
            </Fragment>
          ))}
        </Fieldset>
      )
    case 'contact-details':
      return (
        <Fieldset legend={text} legendAsHeading>
          <p className="mb-4 text-secondary-text">{hint ?? t('journey.question.contactHint')}</p>
          {textField(fieldName(id, 'name'), t('journey.question.name'), { autoComplete: 'name', spellCheck: false, width: 'two-thirds' })}
          {textField(fieldName(id, 'email'), t('journey.question.email'), { type: 'email', autoComplete: 'email', spellCheck: false, width: 'two-thirds' }, t('journey.question.emailHint'))}
          {textField(fieldName(id, 'phone'), t('journey.question.phone'), { type: 'tel', autoComplete: 'tel', width: '20' })}
          {question.allowAnonymous ? (
            <Checkboxes
              idPrefix={fieldName(id, 'anonymous')}
              name={fieldName(id, 'anonymous')}
              small
              defaultValue={many(values, fieldName(id, 'anonymous'))}
              items={[{ value: 'yes', label: t('journey.question.anonymous'), hint: t('journey.question.anonymousHint') }]}
            />
          ) : null}
        </Fieldset>
      )
    case 'evidence-upload':
      return (
        <Fieldset legend={text} legendAsHeading>
          {hint ? <p className="mb-4 text-secondary-text">{hint}</p> : null}
          <h2 className="mb-2 text-xl font-bold">{t('journey.question.attached')}</h2>
          {files.length === 0 ? (
            <p className="mb-6">{t('journey.question.noFiles')}</p>
          ) : (
            <Checkboxes
              idPrefix={fieldName(id, 'remove')}
              name={fieldName(id, 'remove')}
              small
              items={files.map((f) => ({ value: f.id, label: t('journey.question.remove', { filename: f.filename }) }))}
            />
          )}
          <FormField
            id={fieldName(id, 'files')}
            label={t('journey.question.upload')}
            hint={t('journey.question.uploadHint')}
            error={errorFor(errors, id)}
            errorPrefix={errorPrefix}
          >
            <FileUpload name={fieldName(id, 'files')} multiple accept="image/*,application/pdf,video/*" />
          </FormField>
        </Fieldset>
      )
    case 'declaration':
      return (
        <Fieldset legend={text} legendAsHeading>
          <p className="mb-6 max-w-2xl text-lg">{question.declaration[locale]}</p>
          {question.kind === 'statement'
            ? textField(fieldName(id, 'name'), t('journey.question.signature'), { autoComplete: 'name', spellCheck: false, width: 'two-thirds' }, t('journey.question.signatureHint'))
            : null}
          <Checkboxes
            idPrefix={fieldName(id, 'agree')}
            name={fieldName(id, 'agree')}
            error={errorFor(errors, fieldName(id, 'agree'), true)}
            errorPrefix={errorPrefix}
            defaultValue={many(values, fieldName(id, 'agree'))}
            items={[{ value: 'yes', label: t('journey.question.agree') }]}
          />
        </Fieldset>
      )
  }
}

/** The field an error summary link for this error should move focus to. */
export function errorHref(question: Question, error: FieldError): string {
  if (error.field) {
    // Date errors name the part at fault; the evidence error is about the file field.
    if (question.type === 'evidence-upload' && error.field === question.id) return `#${fieldName(question.id, 'files')}`
    return `#${error.field}`
  }
  return `#${firstFieldId(question)}`
}
