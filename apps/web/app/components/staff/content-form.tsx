// The editor's form for one item of a force's content: the same for a new item and an existing one, every field a
// plain form field (it works without JavaScript), each language in its own fieldset, the schedule in UK time.
import { Form } from '@remix-run/react'
import { Button, ButtonGroup, Checkboxes, Fieldset, FormField, Select, Textarea, TextInput } from '@bluelamp/ui'
import type { MessageKey } from '../../i18n/i18n.ts'
import { useT } from '../../lib/site/use-t.ts'
import { CsrfInput } from '../csrf-input.tsx'

type Kind = 'news' | 'appeal' | 'advice' | 'area' | 'contact'
type Locale = 'en' | 'cy'

export interface ContentFormProps {
  kind: Kind
  /** The languages this force writes in. */
  locales: Locale[]
  values: Record<string, string>
  relatedServices: string[]
  /** Messages by field id. */
  errors: Record<string, string>
  services: { value: string; label: string }[]
  /** The force's picture library: what the photo and picture fields choose from. */
  pictures: { id: string; alt: string }[]
  appealKinds: readonly string[]
  appealStatuses: readonly string[]
  /** Undefined for a new item: its address (slug) is chosen once, when it is made. */
  existing?: { slug: string; published: boolean }
  /** Shown, not editable (an old revision). */
  readOnly?: boolean
}

/** A save the editor's action refused: its messages, and what was typed, to show again. */
export interface RefusedSave {
  errors: { field: string; message: string }[]
  values: Record<string, string>
  relatedServices: string[]
}

/**
 * The form's props on the editor's pages: what the page's loader gave (formChoices in lib/content/editor.server.ts,
 * and the item's values) or, after a refused save, what was typed, with the messages by field id.
 */
export function editorFormProps(
  loaded: Pick<ContentFormProps, 'kind' | 'locales' | 'values' | 'relatedServices' | 'services' | 'pictures' | 'appealKinds' | 'appealStatuses'>,
  refused?: RefusedSave,
): ContentFormProps {
  return {
    kind: loaded.kind,
    locales: loaded.locales,
    values: refused?.values ?? loaded.values,
    relatedServices: refused?.relatedServices ?? loaded.relatedServices,
    errors: Object.fromEntries((refused?.errors ?? []).map((e) => [e.field, e.message])),
    services: loaded.services,
    pictures: loaded.pictures,
    appealKinds: loaded.appealKinds,
    appealStatuses: loaded.appealStatuses,
  }
}

const id = (name: string) => name.replaceAll('.', '-')

const APPEAL_KIND_KEYS: Record<string, MessageKey> = {
  witnesses: 'editor.appealKind.witnesses',
  identify: 'editor.appealKind.identify',
  wanted: 'editor.appealKind.wanted',
  missing: 'editor.appealKind.missing',
}
const APPEAL_STATUS_KEYS: Record<string, MessageKey> = {
  open: 'editor.appealStatus.open',
  closed: 'editor.appealStatus.closed',
  resolved: 'editor.appealStatus.resolved',
}

export function ContentForm({ kind, locales, values, relatedServices, errors, services, pictures, appealKinds, appealStatuses, existing, readOnly }: ContentFormProps) {
  const t = useT()
  const mode = values.mode ?? 'local'
  const field = (name: string, label: string, options: { hint?: string; type?: string; long?: number; width?: string; lang?: Locale } = {}) => (
    <FormField key={name} id={id(name)} label={label} hint={options.hint} error={errors[id(name)]}>
      {options.long ? (
        <Textarea name={name} defaultValue={values[name] ?? ''} rows={options.long} readOnly={readOnly} lang={options.lang} />
      ) : (
        <TextInput name={name} type={options.type ?? 'text'} defaultValue={values[name] ?? ''} readOnly={readOnly} className={options.width} lang={options.lang} />
      )}
    </FormField>
  )
  const select = (name: string, label: string, options: { value: string; label: string }[], hint?: string) => (
    <FormField id={id(name)} label={label} hint={hint} error={errors[id(name)]}>
      <Select name={name} defaultValue={values[name] ?? ''} options={options} disabled={readOnly} />
    </FormField>
  )
  // A saved id no longer in the library stays chosen (nothing saved is silently dropped); saving then says why not.
  const pictureOptions = (chosen: string | undefined) => [
    { value: '', label: t('editor.noPicture') },
    ...pictures.map((p) => ({ value: p.id, label: `${p.alt} (${p.id})` })),
    ...(chosen && !pictures.some((p) => p.id === chosen) ? [{ value: chosen, label: chosen }] : []),
  ]
  const languageName = (l: Locale) => t(l === 'en' ? 'editor.language.en' : 'editor.language.cy')
  const image = (name: 'photo' | 'image') => (
    <Fieldset legend={t(name === 'photo' ? 'editor.photoLegend' : 'editor.imageLegend')} size="m">
      {select(`${name}.id`, t('editor.field.imageId'), pictureOptions(values[`${name}.id`]), t('editor.hint.imageId'))}
      {readOnly ? null : (
        <p className="mb-6">
          <a href="/staff/images" className="text-link underline">
            {t('editor.pictureLibrary')}
          </a>
        </p>
      )}
      {locales.map((l) => field(`${name}.alt.${l}`, `${t('editor.field.alt')} (${languageName(l)})`, { hint: t('editor.hint.alt'), lang: l }))}
    </Fieldset>
  )
  const dateTime = (name: 'publishAt' | 'unpublishAt' | 'nextMeeting', label: string, hint: string) => (
    <div className="flex flex-wrap gap-x-6">
      {field(`${name}.date`, label, { type: 'date', hint })}
      {field(`${name}.time`, t('editor.field.time'), { type: 'time', hint: t('editor.hint.time') })}
    </div>
  )
  return (
    <Form method="post" noValidate>
      <CsrfInput />
      {existing ? (
        <p className="mb-6 text-lg">
          {t('editor.addressIs')} <code className="font-bold">{existing.slug}</code>
        </p>
      ) : kind === 'contact' ? null : (
        field('slug', t('editor.field.slug'), { hint: t('editor.hint.slug'), width: 'md:w-1/2' })
      )}

      {kind === 'advice'
        ? select(
            'mode',
            t('editor.field.mode'),
            [
              { value: 'local', label: t('editor.mode.local') },
              { value: 'addition', label: t('editor.mode.addition') },
              { value: 'replacement', label: t('editor.mode.replacement') },
            ],
            t('editor.hint.mode'),
          )
        : null}

      {kind === 'appeal' ? (
        <>
          {select(
            'appealKind',
            t('editor.field.appealKind'),
            appealKinds.map((k) => ({ value: k, label: APPEAL_KIND_KEYS[k] ? t(APPEAL_KIND_KEYS[k]) : k })),
          )}
          {field('reference', t('editor.field.reference'), { hint: t('editor.hint.reference'), width: 'md:w-1/2' })}
          {select(
            'status',
            t('editor.field.status'),
            appealStatuses.map((s) => ({ value: s, label: APPEAL_STATUS_KEYS[s] ? t(APPEAL_STATUS_KEYS[s]) : s })),
          )}
          {field('closesOn', t('editor.field.closesOn'), { type: 'date', hint: t('editor.hint.closesOn') })}
          {select('serviceId', t('editor.field.serviceId'), [{ value: '', label: t('editor.chooseService') }, ...services], t('editor.hint.serviceId'))}
          {image('photo')}
        </>
      ) : null}
      {kind === 'news' ? image('image') : null}
      {kind === 'area' ? (
        <>
          {field('postcodeDistricts', t('editor.field.postcodeDistricts'), { hint: t('editor.hint.postcodeDistricts') })}
          {field('email', t('editor.field.email'), { type: 'email', width: 'md:w-1/2' })}
          {field('phone', t('editor.field.phone'), { type: 'tel', width: 'md:w-1/2' })}
          {dateTime('nextMeeting', t('editor.field.nextMeeting'), t('editor.hint.date'))}
        </>
      ) : null}
      {kind === 'contact' ? (
        <Checkboxes
          idPrefix="showForceContacts"
          name="showForceContacts"
          legend={t('editor.field.showForceContacts')}
          items={[{ value: 'yes', label: t('editor.showForceContactsYes') }]}
          defaultValue={values.showForceContacts === 'yes' ? ['yes'] : []}
          disabled={readOnly}
        />
      ) : null}
      {kind === 'advice' && mode !== 'addition' && services.length > 0 ? (
        <Checkboxes
          idPrefix="relatedServices"
          name="relatedServices"
          legend={t('editor.field.relatedServices')}
          hint={t('editor.hint.relatedServices')}
          error={errors.relatedServices}
          items={services}
          defaultValue={relatedServices}
          small
          disabled={readOnly}
        />
      ) : null}

      {locales.map((l) => (
        <Fieldset key={l} legend={languageName(l)} size="l" className="mt-6 border-t-4 border-border pt-4" data-language={l}>
          {locales.length > 1 && l === 'cy' ? <p className="mb-4 text-lg">{t('editor.welshNeeded')}</p> : null}
          {field(`${l}.title`, kind === 'advice' && mode === 'addition' ? t('editor.field.heading') : t('editor.field.title'), { lang: l })}
          {kind === 'advice' && mode === 'addition' ? null : field(`${l}.summary`, t('editor.field.summary'), { hint: t('editor.hint.summary'), long: 2, lang: l })}
          {field(`${l}.body`, t('editor.field.body'), { hint: t('editor.hint.body'), long: 14, lang: l })}
          {kind === 'area' ? (
            <>
              {field(`${l}.priorities`, t('editor.field.priorities'), { hint: t('editor.hint.priorities'), long: 6, lang: l })}
              {field(`${l}.contactNote`, t('editor.field.contactNote'), { lang: l })}
              {field(`${l}.meetingPlace`, t('editor.field.meetingPlace'), { lang: l })}
            </>
          ) : null}
          {kind === 'appeal' ? field(`outcome.${l}`, `${t('editor.field.outcome')} (${languageName(l)})`, { hint: t('editor.hint.outcome'), lang: l }) : null}
        </Fieldset>
      ))}

      <Fieldset legend={t('editor.scheduleLegend')} size="l" className="mt-6 border-t-4 border-border pt-4">
        <p className="mb-4 text-lg">{t('editor.scheduleIntro')}</p>
        {dateTime('publishAt', t('editor.field.publishAt'), t('editor.hint.date'))}
        {dateTime('unpublishAt', t('editor.field.unpublishAt'), t('editor.hint.unpublishAt'))}
      </Fieldset>

      {readOnly ? null : (
        <ButtonGroup>
          <Button type="submit" name="intent" value="save">
            {existing?.published ? t('editor.saveChanges') : t('editor.saveDraft')}
          </Button>
          <Button type="submit" name="intent" value="publish" variant="secondary">
            {t('editor.publishNow')}
          </Button>
          <Button type="submit" name="intent" value="schedule" variant="secondary">
            {t('editor.schedule')}
          </Button>
        </ButtonGroup>
      )}
    </Form>
  )
}
