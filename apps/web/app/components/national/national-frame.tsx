import type { ReactNode } from 'react'
import { Form } from '@remix-run/react'
import { Button } from '@bluelamp/ui'
import { CsrfInput } from '../csrf-input.tsx'
import { useT } from '../../lib/site/use-t.ts'

/** The national back office's frame inside the national site's shell: its navigation, who is signed in, sign out. */
export function NationalFrame({ name, children }: { name: string; children: ReactNode }) {
  const t = useT()
  return (
    <div data-national-frame="">
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4 border-b-4 border-brand pb-3">
        <nav aria-label={t('notices.admin.navLabel')}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
            <li>
              <a href="/admin/notices" className="font-bold text-link underline">
                {t('notices.admin.navNotices')}
              </a>
            </li>
          </ul>
        </nav>
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-secondary-text">{t('notices.admin.signedInAs', { name })}</p>
          <Form method="post" action="/admin/sign-out">
            <CsrfInput />
            <Button type="submit" variant="secondary" className="mb-0">
              {t('notices.admin.signOut')}
            </Button>
          </Form>
        </div>
      </div>
      {children}
    </div>
  )
}
