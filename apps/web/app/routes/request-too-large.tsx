import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { ProblemPage } from '../components/problem-page.tsx'
import { formatSize } from '../lib/evidence/uploads.server.ts'
import { useLocale } from '../lib/site/use-t.ts'
import { descriptionMeta, rootLocale } from '../components/journey/meta.ts'
import { translator } from '../i18n/i18n.ts'

// The Express layer re-dispatches a request whose body is over the limits here (server/security.ts), so the 413
// page has the force's branding and language. Nothing from the refused body was read or stored.
export async function loader({ context }: LoaderFunctionArgs) {
  return data({ maxFileSize: formatSize(context.services.env.UPLOAD_MAX_FILE_BYTES) }, { status: 413 })
}

export const meta: MetaFunction = ({ matches }) => [
  { title: translator(rootLocale(matches))('security.tooLargeTitle') },
  ...descriptionMeta(matches, (t, { force }) => t('meta.tooLarge', { site: force })),
]

export default function RequestTooLarge() {
  const { maxFileSize } = useLoaderData<typeof loader>()
  const locale = useLocale()
  return <ProblemPage problem={{ reason: 'too-large', locale }} maxFileSize={maxFileSize} />
}
