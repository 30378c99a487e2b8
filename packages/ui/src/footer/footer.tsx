import type * as React from 'react'
import { cn } from '../lib/cn.ts'
import { WidthContainer } from '../layout/layout.tsx'

export interface FooterLink {
  href: string
  label: string
}

export type FooterProps = React.ComponentProps<'footer'> & {
  /** Support links: accessibility statement, cookies, privacy, contact. */
  links?: FooterLink[]
  /** Accessible name of the support links list, e.g. "Support links" or "Dolenni cymorth". */
  linksLabel?: string
  /** Copyright, licence or other small print. */
  meta?: React.ReactNode
}

/** Page footer: support links, the force's contact facts (children) and small print. */
export function Footer({ links, linksLabel = 'Support links', meta, className, children, ...props }: FooterProps) {
  return (
    <footer data-ui="footer" className={cn('mt-auto border-t-4 border-brand bg-surface py-8 text-text', className)} {...props}>
      <WidthContainer>
        {links && links.length > 0 ? (
          <nav aria-label={linksLabel}>
            <ul className="m-0 mb-6 flex list-none flex-wrap gap-x-6 gap-y-2 p-0 text-base">
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="text-link visited:text-link">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {children ? <div className="text-base [&_p]:mb-2">{children}</div> : null}
        {meta ? <div className="mt-6 border-t border-border pt-4 text-sm text-secondary-text">{meta}</div> : null}
      </WidthContainer>
    </footer>
  )
}
