import type * as React from 'react'
import { Form } from '@remix-run/react'
import { Button } from '@bluelamp/ui'
import { CsrfInput } from '../csrf-input.tsx'

/** One back-office action: a plain form posting its intent, with the CSRF token and one submit button (works without JavaScript). */
export function ActionForm({ intent, submit, variant, children }: { intent: string; submit: string; variant?: 'secondary' | 'warning'; children?: React.ReactNode }) {
  return (
    <Form method="post" noValidate className="border-l-4 border-border pl-4">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {children}
      <Button type="submit" variant={variant}>
        {submit}
      </Button>
    </Form>
  )
}
