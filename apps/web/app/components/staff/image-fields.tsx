// The picture library's fields, the same on the upload form (/staff/images) and on one picture's page
// (/staff/images/<id>): the file, and what the picture shows in each language. Each field's id is its name, so the
// error summary links to it.
import { FileUpload, FormField, TextInput } from '@bluelamp/ui'
import { useT } from '../../lib/site/use-t.ts'

/** The file to upload: a picture of the kinds the library takes, no larger than `maxSize`. */
export function ImageFileField({ maxSize, error }: { maxSize: string; error: string | undefined }) {
  const t = useT()
  return (
    <FormField id="file" label={t('images.fileLabel')} hint={t('images.fileHint', { size: maxSize })} error={error}>
      <FileUpload name="file" accept="image/jpeg,image/png,image/gif,image/webp" />
    </FormField>
  )
}

/** What the picture shows, in English and in Welsh (required on a Welsh force's site), as typed so far. */
export function ImageAltFields({ welsh, values, error }: { welsh: boolean; values: { altEn: string; altCy: string }; error: (name: 'altEn' | 'altCy') => string | undefined }) {
  const t = useT()
  return (
    <>
      <FormField id="altEn" label={t('images.altEnLabel')} hint={t('images.altHint')} error={error('altEn')}>
        <TextInput name="altEn" defaultValue={values.altEn} maxLength={300} spellCheck />
      </FormField>
      <FormField id="altCy" label={t('images.altCyLabel')} hint={welsh ? t('images.altCyHint') : t('images.altCyOptionalHint')} error={error('altCy')}>
        <TextInput name="altCy" lang="cy" defaultValue={values.altCy} maxLength={300} spellCheck />
      </FormField>
    </>
  )
}
