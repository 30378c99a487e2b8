import type { ReactNode } from 'react'
import { Form } from '@remix-run/react'
import { Button } from '@bluelamp/ui'
import { CsrfInput } from './csrf-input.tsx'

/**
 * The bar above a back office's pages (a force's staff pages and the national one): its navigation, whose items are
 * the children, then who is signed in and the sign-out button.
 */
export function BackOfficeBar({ navLabel, signedInAs, signOutAction, signOutLabel, children }: { navLabel: string; signedInAs: string; signOutAction: string; signOutLabel: string; children: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-center justify-between gap-4 border-b-4 border-brand pb-3">
      <nav aria-label={navLabel}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">{children}</ul>
      </nav>
      <div className="flex flex-wrap items-center gap-4">
        <p className="text-secondary-text">{signedInAs}</p>
        <Form method="post" action={signOutAction}>
          <CsrfInput />
          <Button type="submit" variant="secondary" className="mb-0">
            {signOutLabel}
          </Button>
        </Form>
      </div>
    </div>
  )
}
