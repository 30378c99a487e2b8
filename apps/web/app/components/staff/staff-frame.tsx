import type { ReactNode } from 'react'
import { formatUk } from '@bluelamp/triage/uk-time'
import { useRouteLoaderData } from '@remix-run/react'
import { BackOfficeBar } from '../back-office-bar.tsx'
import type { MessageKey } from '../../i18n/i18n.ts'
import { useT } from '../../lib/site/use-t.ts'
import { SessionWarning } from './session-warning.tsx'
import { canEditImages } from '../../lib/content/image-access.ts'

export interface StaffMember {
  name: string
  role: 'handler' | 'supervisor' | 'admin' | 'editor'
}

// The report pages by rank; an editor sees none of them (hasRole in app/lib/staff/session.server.ts).
const RANK = { handler: 1, supervisor: 2, admin: 3, editor: 0 } as const

const ROLE_KEYS: Record<StaffMember['role'], MessageKey> = {
  handler: 'staff.roleHandler',
  supervisor: 'staff.roleSupervisor',
  admin: 'staff.roleAdmin',
  editor: 'staff.roleEditor',
}

/** The back office's frame inside the force's page shell: who is signed in, the staff navigation, sign out. */
export function StaffFrame({ user, current, children }: { user: StaffMember; current: 'queue' | 'dashboard' | 'audit' | 'deliveries' | 'integrations' | 'report' | 'content' | 'images'; children: ReactNode }) {
  const t = useT()
  const items = [
    { id: 'queue', href: '/staff/queue', label: t('staff.navQueue'), show: RANK[user.role] >= RANK.handler },
    { id: 'dashboard', href: '/staff/dashboard', label: t('staff.navDashboard'), show: RANK[user.role] >= RANK.handler },
    { id: 'audit', href: '/staff/audit', label: t('staff.navAudit'), show: RANK[user.role] >= RANK.supervisor },
    { id: 'deliveries', href: '/staff/deliveries', label: t('staff.navDeliveries'), show: RANK[user.role] >= RANK.admin },
    { id: 'integrations', href: '/staff/integrations', label: t('staff.navIntegrations'), show: RANK[user.role] >= RANK.admin },
    { id: 'content', href: '/staff/content', label: t('staff.navContent'), show: user.role === 'editor' || user.role === 'admin' },
    { id: 'images', href: '/staff/images', label: t('images.nav'), show: canEditImages(user.role) },
  ].filter((i) => i.show)
  const root = useRouteLoaderData('root') as { staffIdleMinutes?: number } | undefined
  return (
    <div data-staff-frame="">
      {root?.staffIdleMinutes ? <SessionWarning idleMinutes={root.staffIdleMinutes} /> : null}
      <BackOfficeBar
        navLabel={t('staff.navLabel')}
        signedInAs={t('staff.signedInAs', { name: user.name, role: t(ROLE_KEYS[user.role]) })}
        signOutAction="/staff/sign-out"
        signOutLabel={t('staff.signOut')}
      >
        {items.map((item) => (
          <li key={item.id}>
            <a href={item.href} className={item.id === current ? 'font-bold text-link underline' : 'text-link underline'} aria-current={item.id === current ? 'page' : undefined}>
              {item.label}
            </a>
          </li>
        ))}
      </BackOfficeBar>
      {children}
    </div>
  )
}

export const STATUS_KEYS: Record<string, MessageKey> = {
  received: 'staff.statusReceived',
  in_review: 'staff.statusInReview',
  crime_recorded: 'staff.statusCrimeRecorded',
  no_further_action: 'staff.statusNoFurtherAction',
  transferred: 'staff.statusTransferred',
}

// The priority levels (triage's PRIORITIES) by label: a level this build does not know is shown as stored.
export const PRIORITY_KEYS: Record<string, MessageKey> = {
  low: 'staff.priorityLow',
  standard: 'staff.priorityStandard',
  medium: 'staff.priorityMedium',
  high: 'staff.priorityHigh',
}

export function priorityLabel(t: (key: MessageKey) => string, priority: string): string {
  const key = PRIORITY_KEYS[priority]
  return key ? t(key) : priority
}

export const STATUS_TAGS: Record<string, 'neutral' | 'active' | 'success' | 'muted'> = {
  received: 'neutral',
  in_review: 'active',
  crime_recorded: 'success',
  no_further_action: 'muted',
  transferred: 'muted',
}

export function formatDateTime(iso: string): string {
  return formatUk(iso, 'en', { date: 'medium', time: true })
}
