import type * as React from 'react'
import { Slot } from '@radix-ui/react-slot'
import { cva, type VariantProps } from 'class-variance-authority'
import { cn } from '../lib/cn.ts'

export const buttonVariants = cva(
  [
    // The transparent border is invisible until forced colours (high contrast) drop the fill and the shadow: then it
    // is what shows where the button is. The padding is 2px less on each side to keep the button's size.
    'relative inline-flex w-full cursor-pointer items-center justify-center gap-2 rounded-base border-2 border-transparent px-[14px] pt-[6px] pb-[4px]',
    'text-center text-base leading-tight font-semibold no-underline sm:w-auto',
    'shadow-[0_2px_0_var(--color-text)] active:top-[2px] active:shadow-none',
    'disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
  ],
  {
    variants: {
      variant: {
        primary: 'bg-brand text-brand-contrast visited:text-brand-contrast hover:bg-[color-mix(in_srgb,var(--color-brand)_80%,var(--color-text))]',
        secondary: 'bg-surface text-text visited:text-text hover:bg-[color-mix(in_srgb,var(--color-surface)_85%,var(--color-text))]',
        warning: 'bg-error text-brand-contrast visited:text-brand-contrast hover:bg-[color-mix(in_srgb,var(--color-error)_80%,var(--color-text))]',
        start: 'bg-success px-[18px] py-[10px] text-lg font-bold text-brand-contrast visited:text-brand-contrast hover:bg-[color-mix(in_srgb,var(--color-success)_80%,var(--color-text))]',
      },
    },
    defaultVariants: { variant: 'primary' },
  },
)

export type ButtonProps = React.ComponentProps<'button'> &
  VariantProps<typeof buttonVariants> & {
    /** Render the single child (usually an `<a>`) with button styles instead of a `<button>`. */
    asChild?: boolean
  }

/**
 * GOV.UK-style button. Use `primary` for the main call to action on a page, `secondary` for lesser actions,
 * `warning` for destructive actions and `start` (with `asChild` and a link) to begin a service.
 */
export function Button({ variant, asChild = false, className, type, children, ...props }: ButtonProps) {
  const classes = cn(buttonVariants({ variant }), className)
  if (asChild) {
    return (
      <Slot data-ui="button" className={classes} {...props}>
        {children}
      </Slot>
    )
  }
  return (
    <button data-ui="button" type={type ?? 'submit'} className={classes} {...props}>
      {children}
      {variant === 'start' ? <StartArrow /> : null}
    </button>
  )
}

/** The arrow a start button carries; decorative. */
export function StartArrow() {
  return (
    <svg aria-hidden="true" focusable="false" width="17.5" height="19" viewBox="0 0 33 40" className="shrink-0 fill-current">
      <path d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  )
}

export type ButtonGroupProps = React.ComponentProps<'div'>

/** Lays out a button with secondary buttons or links beside it (stacked on narrow screens). */
export function ButtonGroup({ className, ...props }: ButtonGroupProps) {
  return <div className={cn('mb-6 flex flex-col items-center gap-4 sm:flex-row sm:flex-wrap', className)} {...props} />
}
