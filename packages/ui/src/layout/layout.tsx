import type * as React from 'react'
import { cn } from '../lib/cn.ts'

export type WidthContainerProps = React.ComponentProps<'div'>

/** Centres content at a readable maximum width with side gutters that grow on wider screens. */
export function WidthContainer({ className, ...props }: WidthContainerProps) {
  return <div className={cn('mx-auto w-full max-w-[960px] px-4 sm:px-8', className)} {...props} />
}

export type MainProps = React.ComponentProps<'main'>

/** The page's main landmark. Its id is the SkipLink's target; tabIndex lets the skip link move focus into it. */
export function Main({ id = 'main-content', className, ...props }: MainProps) {
  return <main id={id} tabIndex={-1} className={cn('block pt-4 pb-10 outline-none focus:outline-none sm:pt-8', className)} {...props} />
}

export type GridRowProps = React.ComponentProps<'div'>

/** Two-thirds column for reading-width content (question pages, check answers). */
export function TwoThirds({ className, ...props }: GridRowProps) {
  return <div className={cn('w-full md:max-w-[640px]', className)} {...props} />
}
