import { useRouteLoaderData } from '@remix-run/react'
import { Button } from '@bluelamp/ui'
import { useT } from '../../lib/site/use-t.ts'

/**
 * Warns a member of staff before their session times out for want of use, with a button to stay signed in. A little
 * inline script (under the page's CSP nonce: back-office pages ship no React) counts down from the page's load, which
 * is when the session was last used. Without JavaScript there is no warning, but nothing typed is lost either: a form
 * posted after the session ended brings the sign-in form with what was typed (app/lib/staff/carry.ts).
 */
export function SessionWarning({ idleMinutes }: { idleMinutes: number }) {
  const t = useT()
  const root = useRouteLoaderData('root') as { cspNonce?: string } | undefined
  const lead = Math.max(1, Math.min(5, Math.floor(idleMinutes / 2)))
  return (
    <>
      <div
        data-ui="session-warning"
        data-idle-minutes={idleMinutes}
        data-lead-minutes={lead}
        data-warning={t('staff.sessionWarning', { minutes: lead })}
        data-still={t('staff.sessionStillSignedIn')}
        data-ended={t('staff.sessionEnded')}
        className="sticky top-0 z-40 mb-4 bg-background data-[state]:border-4 data-[state]:border-brand data-[state]:p-4"
      >
        <p aria-live="assertive" data-ui="session-warning-text" className="text-lg font-bold" />
        <Button type="button" variant="secondary" className="mb-0" hidden>
          {t('staff.staySignedIn')}
        </Button>
      </div>
      <script nonce={root?.cspNonce} dangerouslySetInnerHTML={{ __html: SESSION_WARNING_SCRIPT }} />
    </>
  )
}

const SESSION_WARNING_SCRIPT = `(function () {
  var box = document.querySelector('[data-ui="session-warning"]');
  if (!box || box.hasAttribute('data-enhanced')) return;
  box.setAttribute('data-enhanced', '');
  var text = box.querySelector('[data-ui="session-warning-text"]');
  var button = box.querySelector('button');
  var minute = 60000, idle = Number(box.getAttribute('data-idle-minutes')) * minute, lead = Number(box.getAttribute('data-lead-minutes')) * minute;
  var timer;
  function show(state, message, canStay) { box.setAttribute('data-state', state); text.textContent = message; button.hidden = !canStay; }
  function schedule() { clearTimeout(timer); timer = setTimeout(warn, idle - lead); }
  function warn() { show('warning', box.getAttribute('data-warning'), true); timer = setTimeout(ended, lead); }
  function ended() { clearTimeout(timer); show('ended', box.getAttribute('data-ended'), false); }
  button.addEventListener('click', function () {
    fetch('/staff/session', { credentials: 'same-origin', headers: { accept: 'application/json' } }).then(function (response) {
      if (!response.ok) return ended();
      show('still', box.getAttribute('data-still'), false);
      schedule();
    }, ended);
  });
  schedule();
})();`
