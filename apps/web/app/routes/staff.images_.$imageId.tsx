import type { ReactNode } from 'react'
import type { MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { NotificationBanner, SummaryList, Tag } from '@bluelamp/ui'
import { ActionForm } from '../components/staff/action-form.tsx'
import { KIND_KEYS, STATE_TAGS } from '../components/staff/content-labels.ts'
import { ImageAltFields, ImageFileField } from '../components/staff/image-fields.tsx'
import { StaffFrame, formatDateTime } from '../components/staff/staff-frame.tsx'
import { PageErrorSummary } from '../components/page-error-summary.tsx'
import { staffMeta } from '../components/journey/meta.ts'
import { imageAction, imageLoader } from '../lib/content/image-edit.server.ts'
import { keyFromData } from '../i18n/i18n.ts'
import { useT } from '../lib/site/use-t.ts'

// One picture of the library (app/lib/content/image-edit.server.ts). Not nested in the library's route: a page of
// its own, whose forms post here.
export const loader = imageLoader
export const action = imageAction

export const meta: MetaFunction = ({ matches }) => staffMeta(matches, 'images.editTitle')

// Where each error's link goes, in the page's order; a refused delete points at the list of the pages using it.
const TARGETS = { altEn: '#altEn', altCy: '#altCy', file: '#file', delete: '#used-heading' } as const

/** One part of the page, under its heading; `warning` sets the last part (deleting) apart. */
function Part({ id, heading, warning, children }: { id: string; heading: string; warning?: boolean; children: ReactNode }) {
  return (
    <section className={`mb-10 max-w-2xl ${warning ? 'border-t-4 border-border pt-4' : ''}`} aria-labelledby={id}>
      <h2 id={id} className="mb-4 text-2xl font-bold" tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </section>
  )
}

export default function StaffImage() {
  const t = useT()
  const loaded = useLoaderData<typeof loader>()
  const posted = useActionData<typeof action>()
  const d = posted ?? loaded
  const { image } = d
  const errors = d.errors as Record<string, string>
  const pages = d.uses.map((use) => `${t(KIND_KEYS[use.kind].one)}: ${use.title}`).join('; ')
  const vars = { size: d.maxSize, megapixels: posted?.vars.megapixels ?? 0, pages }
  const err = (name: string) => (errors[name] ? t(keyFromData(errors[name]), vars) : undefined)
  const problems = Object.entries(TARGETS).flatMap(([name, href]) => (errors[name] ? [{ href, text: err(name)! }] : []))
  const facts = [
    { key: t('images.colId'), value: <code className="font-mono text-lg font-bold">{image.id}</code> },
    { key: t('images.markdown'), value: <code className="font-mono break-all">{`![${image.altEn}](image:${image.id})`}</code> },
    { key: t('images.fileName'), value: image.filename },
    { key: t('images.size'), value: `${t('images.sizeValue', { width: image.width, height: image.height })}. ${t('images.widths', { widths: image.widths.join(', ') })}` },
    { key: t('images.version'), value: <span data-image-revision={image.revision}>{image.revision > 1 ? t('images.versionValue', { revision: image.revision }) : t('images.versionFirst')}</span> },
    { key: t('images.colAdded'), value: formatDateTime(image.createdAt) },
  ]
  return (
    <StaffFrame user={d.user} current="images">
      <a className="mb-4 inline-block text-lg text-link underline" href="/staff/images">
        {t('images.backToList')}
      </a>
      {problems.length > 0 ? <PageErrorSummary title={t('staff.errorSummaryTitle')} errors={problems} /> : null}
      {problems.length === 0 && d.done ? (
        <NotificationBanner type="success" title={t('editor.doneTitle')} data-done="">
          <p className="text-lg font-bold">{t(d.done)}</p>
        </NotificationBanner>
      ) : null}
      <h1 className="mb-6 text-3xl font-bold md:text-4xl">{t('images.editTitle')}</h1>
      {image.shown ? (
        <img src={image.shown.src} srcSet={image.shown.srcset} sizes={image.shown.sizes} width={image.shown.width} height={image.shown.height} alt={image.altEn} className="mb-6 h-auto w-full max-w-2xl" />
      ) : null}
      <SummaryList className="max-w-3xl" rows={facts} />

      <Part id="used-heading" heading={t('images.usedHeading')}>
        {d.uses.length === 0 ? (
          <p className="text-lg" data-image-uses="0">
            {t('images.usedNone')}
          </p>
        ) : (
          <div data-image-uses={d.uses.length}>
            <p className="mb-2 text-lg">{t('images.usedIntro')}</p>
            <ul className="list-disc pl-6 text-lg">
              {d.uses.map((use) => (
                <li key={use.id} className="mb-2">
                  {t(KIND_KEYS[use.kind].one)}: <a className="text-link underline" href={use.href}>{use.title}</a> <Tag status={STATE_TAGS[use.state]}>{t(use.stateKey)}</Tag>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Part>

      <Part id="describe-heading" heading={t('images.describeHeading')}>
        <ActionForm intent="describe" submit={t('images.describe')}>
          <ImageAltFields welsh={d.welsh} values={d.values} error={err} />
        </ActionForm>
      </Part>

      <Part id="replace-heading" heading={t('images.replaceHeading')}>
        <p className="mb-4 text-lg">{t('images.replaceIntro')}</p>
        <ActionForm intent="replace" submit={t('images.replace')} variant="secondary" upload>
          <ImageFileField maxSize={d.maxSize} error={err('file')} />
        </ActionForm>
      </Part>

      <Part id="delete-heading" heading={t('images.deleteHeading')} warning>
        <p className="mb-4 text-lg">{t('images.deleteIntro')}</p>
        <ActionForm intent="delete" submit={t('images.delete')} variant="warning" />
      </Part>
    </StaffFrame>
  )
}
