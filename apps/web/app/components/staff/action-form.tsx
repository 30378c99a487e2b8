import type * as React from 'react'
import { Form } from '@remix-run/react'
import { Button } from '@bluelamp/ui'
import { CsrfInput } from '../csrf-input.tsx'

/**
 * One back-office action: a plain form posting its intent, with the CSRF token and one submit button (works without
 * JavaScript). `upload` sends it as a multipart document post, for a file: the token comes first, as a file sent
 * before its token is never read.
 */
export function ActionForm({
  intent,
  submit,
  variant,
  upload,
  children,
}: {
  intent: string
  submit: string
  variant?: 'secondary' | 'warning'
  upload?: boolean
  children?: React.ReactNode
}) {
  const multipart = upload ? { encType: 'multipart/form-data' as const, reloadDocument: true } : {}
  return (
    <Form method="post" noValidate className="border-l-4 border-border pl-4" {...multipart}>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {children}
      <Button type="submit" variant={variant}>
        {submit}
      </Button>
    </Form>
  )
}
