import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type SkipLinkProps = React.ComponentProps<'a'> & { href?: string }

/**
 * The first focusable element on every page: lets keyboard users jump past the header.
 * Visually hidden until focused (WCAG 2.4.1 Bypass Blocks).
 */
export function SkipLink({ href = '#main-content', className, children = 'Skip to main content', ...props }: SkipLinkProps) {
  return (
    <a
      href={href}
      data-ui="skip-link"
      className={cn(
        'sr-only block p-3 text-base underline focus-visible:not-sr-only focus-visible:static',
        className,
      )}
      {...props}
    >
      {children}
    </a>
  )
}
