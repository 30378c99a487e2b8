import { cx } from 'class-variance-authority'
import { extendTailwindMerge } from 'tailwind-merge'

// tailwind-merge must know our role-named scales so that, for example, `rounded-base` and `rounded-none` conflict.
const twMerge = extendTailwindMerge({
  extend: {
    theme: {
      radius: ['base'],
    },
  },
})

type ClassValue = Parameters<typeof cx>[number]

/** Join class names and let later Tailwind utilities override earlier ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(cx(...inputs))
}
