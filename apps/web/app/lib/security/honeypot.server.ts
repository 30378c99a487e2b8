// The honeypot: a hidden field instead of a CAPTCHA. People never see or fill the field; simple
// bots fill every input. A filled honeypot gets a response that looks like success and nothing is stored.
import { HONEYPOT_FIELD } from './honeypot.ts'
import { logger } from '../platform/logger.server.ts'

export { HONEYPOT_FIELD }

export interface HoneypotResult {
  /** True when the honeypot was filled: answer as if it worked, store nothing. */
  isBot: boolean
}

export function checkHoneypot(form: FormData | { get(name: string): unknown }): HoneypotResult {
  const value = form.get(HONEYPOT_FIELD)
  const isBot = typeof value === 'string' ? value.trim().length > 0 : value != null
  if (isBot) logger.warn({ event: 'honeypot-filled' }, 'submission ignored: the honeypot field was filled')
  return { isBot }
}
