import type { ReactNode } from 'react'
import { BackOfficeBar } from '../back-office-bar.tsx'
import { useT } from '../../lib/site/use-t.ts'

/** The national back office's frame inside the national site's shell: its navigation, who is signed in, sign out. */
export function NationalFrame({ name, children }: { name: string; children: ReactNode }) {
  const t = useT()
  return (
    <div data-national-frame="">
      <BackOfficeBar navLabel={t('notices.admin.navLabel')} signedInAs={t('notices.admin.signedInAs', { name })} signOutAction="/admin/sign-out" signOutLabel={t('notices.admin.signOut')}>
        <li>
          <a href="/admin/notices" className="font-bold text-link underline">
            {t('notices.admin.navNotices')}
          </a>
        </li>
      </BackOfficeBar>
      {children}
    </div>
  )
}
