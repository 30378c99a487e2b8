import { Form } from '@remix-run/react'
import { Button, FormField, Textarea, TextInput } from '@bluelamp/ui'
import { CsrfInput } from '../csrf-input.tsx'
import type { MessageKey } from '../../i18n/i18n.ts'
import { useT } from '../../lib/site/use-t.ts'
import { TYPED_FIELDS } from '../../lib/staff/carry.ts'

const LABELS: Record<(typeof TYPED_FIELDS)[number], MessageKey> = {
  note: 'staff.noteLabel',
  update: 'staff.publicUpdateLabel',
  crimeNumber: 'staff.crimeNumberLabel',
  reason: 'staff.transferReasonLabel',
}
const isTyped = (name: string): name is (typeof TYPED_FIELDS)[number] => (TYPED_FIELDS as readonly string[]).includes(name)

/** What was typed, as hidden `carry-<name>` fields of the sign-in form, so signing in again brings it back. */
export function CarriedFields({ carried }: { carried: Record<string, string> }) {
  return (
    <>
      {Object.entries(carried).map(([name, value]) => (
        <input key={name} type="hidden" name={`carry-${name}`} value={value} />
      ))}
    </>
  )
}

/** Shown on the sign-in page when a session ran out while a report page was being filled in. */
export function SignedOutNotice({ carried }: { carried: Record<string, string> }) {
  const t = useT()
  const typed = Object.entries(carried).filter(([name]) => isTyped(name))
  return (
    <div className="mb-8 border-l-4 border-brand pl-4" data-staff-carried="">
      <h2 className="mb-2 text-2xl font-bold">{t('staff.signedOutTitle')}</h2>
      <p className="mb-4 text-lg">{t('staff.signedOutBody')}</p>
      {typed.length > 0 ? (
        <>
          <h3 className="mb-2 text-lg font-bold">{t('staff.signedOutTyped')}</h3>
          {typed.map(([name, value]) => (
            <p key={name} className="mb-2 whitespace-pre-wrap [overflow-wrap:anywhere]">
              <span className="sr-only">{t(LABELS[name as keyof typeof LABELS])}: </span>
              {value}
            </p>
          ))}
        </>
      ) : null}
    </div>
  )
}

/**
 * After signing in again: what was typed, in its own fields to check, and a button that sends it to the report page
 * as its own form would have. Nothing was saved until the member presses it.
 */
export function CarriedForm({ next, carried }: { next: string; carried: Record<string, string> }) {
  const t = useT()
  return (
    <div className="max-w-2xl">
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('staff.carriedTitle')}</h1>
      <p className="mb-6 text-lg">{t('staff.carriedBody')}</p>
      <Form method="post" action={next} reloadDocument noValidate>
        <CsrfInput />
        {Object.entries(carried).map(([name, value]) =>
          isTyped(name) ? (
            <FormField key={name} id={name} label={t(LABELS[name])}>
              {name === 'note' || name === 'update' ? <Textarea name={name} defaultValue={value} rows={6} /> : <TextInput name={name} defaultValue={value} />}
            </FormField>
          ) : (
            <input key={name} type="hidden" name={name} value={value} />
          ),
        )}
        <Button type="submit">{t('staff.carriedSave')}</Button>
      </Form>
      <p>
        <a className="text-link underline" href={next}>
          {t('staff.carriedBack')}
        </a>
      </p>
    </div>
  )
}
