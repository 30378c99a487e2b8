import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { Button, NotificationBanner, Table } from '@bluelamp/ui'
import { CsrfInput } from '../components/csrf-input.tsx'
import { ImageAltFields, ImageFileField } from '../components/staff/image-fields.tsx'
import { StaffFrame, formatDateTime } from '../components/staff/staff-frame.tsx'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { staffMeta } from '../components/journey/meta.ts'
import { imagesAction, imagesLoader } from '../lib/content/images.server.ts'
import { keyFromData } from '../i18n/i18n.ts'
import { useT } from '../lib/site/use-t.ts'

export const loader = imagesLoader
export const action = imagesAction

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'images.title')

const FIELDS = ['file', 'altEn', 'altCy'] as const

export default function StaffImages() {
  const t = useT()
  const loaded = useLoaderData<typeof loader>()
  const posted = useActionData<typeof action>()
  const d = posted ?? loaded
  const vars = posted && 'vars' in posted ? posted.vars : { size: d.maxSize, megapixels: 0 }
  const errors = d.errors as Record<string, string>
  const err = (name: string) => (errors[name] ? t(keyFromData(errors[name]), vars) : undefined)
  return (
    <StaffFrame user={d.user} current="images">
      {Object.keys(errors).length > 0 ? (
        <PageErrorSummary title={t('staff.errorSummaryTitle')} errors={FIELDS.filter((f) => errors[f]).map((f) => ({ href: `#${f}`, text: err(f)! }))} />
      ) : null}
      {d.added ? (
        <NotificationBanner type="success" title={t('images.added')} data-image-added={d.added}>
          <p className="text-lg font-bold">{t('images.addedId', { id: d.added })}</p>
        </NotificationBanner>
      ) : null}
      {d.deleted ? (
        <NotificationBanner type="success" title={t('images.deleted')} data-image-deleted={d.deleted}>
          <p className="text-lg font-bold">{t('images.deletedId', { id: d.deleted })}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-4 text-3xl font-bold md:text-4xl">{t('images.title')}</h1>
      <p className="mb-4 max-w-3xl text-lg">{t('images.intro')}</p>
      <p className="mb-8 max-w-3xl">{t('images.howToUse')}</p>

      <h2 className="mb-4 text-2xl font-bold">{t('images.uploadHeading')}</h2>
      <Form method="post" encType="multipart/form-data" reloadDocument noValidate className="mb-10 max-w-2xl">
        {/* The token first: a file sent before it is never read. */}
        <CsrfInput />
        <ImageFileField maxSize={d.maxSize} error={err('file')} />
        <ImageAltFields welsh={d.welsh} values={d.values} error={err} />
        <Button type="submit">{t('images.upload')}</Button>
      </Form>

      <h2 className="mb-4 text-2xl font-bold">{t('images.listHeading')}</h2>
      {d.images.length === 0 ? (
        <p className="mb-8 text-lg">{t('images.empty')}</p>
      ) : (
        <Table
          caption={t('images.caption', { count: d.images.length })}
          columns={[{ header: t('images.colImage') }, { header: t('images.colId') }, { header: t('images.colAlt') }, { header: t('images.colAdded') }]}
          rows={d.images.map((image) => [
            image.thumb ? (
              <img key="img" src={image.thumb.src} width={image.thumb.width} height={image.thumb.height} alt={image.altEn} className="h-auto w-40 max-w-full" loading="lazy" />
            ) : null,
            <div key="id" data-image-id={image.id}>
              <code className="font-mono text-lg font-bold">{image.id}</code>
              <p className="mt-2 text-secondary-text">{t('images.widths', { widths: image.widths.join(', ') })}</p>
              <p className="mt-2 text-secondary-text">{t('images.markdown')}</p>
              <code className="font-mono break-all">{`![${image.altEn}](image:${image.id})`}</code>
              <p className="mt-2 text-lg">
                <a className="text-link underline" href={`/staff/images/${image.id}`}>
                  {t('images.change')}
                  <span className="sr-only"> {t('images.changeHidden', { id: image.id })}</span>
                </a>
              </p>
            </div>,
            <div key="alt">
              <p lang="en">{image.altEn}</p>
              {image.altCy ? (
                <p lang="cy" className="mt-2">
                  {image.altCy}
                </p>
              ) : null}
            </div>,
            formatDateTime(image.createdAt),
          ])}
        />
      )}
    </StaffFrame>
  )
}
