import { HONEYPOT_FIELD } from '../lib/security/honeypot.ts'
import { useT } from '../lib/site/use-t.ts'

/**
 * A field people never see (off-screen, hidden from assistive technology, out of the tab order) that simple bots
 * fill. Put it inside every public form; the action calls checkHoneypot(form).
 */
export function Honeypot() {
  const t = useT()
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
      <label htmlFor="bl-website">{t('security.honeypotLabel')}</label>
      <input type="text" id="bl-website" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  )
}
