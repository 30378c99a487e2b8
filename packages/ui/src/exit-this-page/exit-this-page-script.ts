/**
 * Quick exit without hydrating the page: a little plain JavaScript, inlined with the page's CSP nonce, that gives
 * every server-rendered ExitThisPage its keyboard shortcut and its fast, history-replacing exit.
 *
 * - A click on the link, or the Shift key pressed and released on its own three times within five seconds, blanks
 *   the page at once and leaves with `location.replace`, so this page is not left in the tab's history. As in
 *   GOV.UK Frontend's Exit this page, a Shift press only counts when no other key (or mouse button) went down while
 *   it was held, and any other key starts the count again: Shift+Tab, capital letters and Shift+click never exit.
 *   No other key exits (Escape closes menus and clears fields; it must never throw a person out).
 * - The tab remembers (sessionStorage, this tab only) that the person left. If someone then presses Back and lands
 *   on a page carrying the control, that page leaves again at once instead of showing itself. Opening the site
 *   afresh (a link, the address bar) forgets it, so a person who comes back on purpose can carry on.
 * - The hint that names the shortcut is shown only here, when the shortcut works; without JavaScript the page shows
 *   a hint that names no key.
 *
 * Messages come from data attributes on the component, so they are in the page's language:
 * `data-shift-one`, `data-shift-many` (with `{n}`) and `data-exiting`.
 */
export const EXIT_THIS_PAGE_SCRIPT = `(function () {
  var root = document.querySelector('[data-ui="exit-this-page"]');
  if (!root || root.hasAttribute('data-enhanced')) return;
  root.setAttribute('data-enhanced', '');
  var link = root.querySelector('a');
  var status = root.querySelector('[data-ui="exit-this-page-status"]');
  var KEY = 'exit-this-page';
  var presses = 0, timer, held = false, alone = false;
  function say(text) { if (status) status.textContent = text || ''; }
  function remember(on) { try { if (on) sessionStorage.setItem(KEY, '1'); else sessionStorage.removeItem(KEY); } catch (e) {} }
  function left() { try { return sessionStorage.getItem(KEY) === '1'; } catch (e) { return false; } }
  function leave() {
    var cover = document.createElement('div');
    cover.setAttribute('aria-hidden', 'true');
    cover.setAttribute('data-ui', 'exit-this-page-cover');
    cover.className = 'fixed inset-0 z-50 bg-background';
    document.body.appendChild(cover);
    say(root.getAttribute('data-exiting'));
    remember(true);
    window.location.replace(link.href);
  }
  var nav = window.performance && performance.getEntriesByType ? performance.getEntriesByType('navigation')[0] : null;
  if (left() && nav && nav.type === 'back_forward') return leave();
  remember(false);
  window.addEventListener('pageshow', function (event) { if (event.persisted && left()) leave(); });
  var hints = document.querySelectorAll('[data-ui="exit-this-page-hint"]');
  for (var i = 0; i < hints.length; i++) hints[i].hidden = hints[i].getAttribute('data-js') !== 'true';
  function reset() { presses = 0; clearTimeout(timer); say(''); }
  link.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    leave();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') { if (!event.repeat) { held = true; alone = true; } return; }
    alone = false;
    if (presses) reset();
  }, true);
  document.addEventListener('mousedown', function () { alone = false; }, true);
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift' || !root.isConnected) return;
    var counts = held && alone;
    held = false; alone = false;
    if (!counts) return;
    presses += 1;
    clearTimeout(timer);
    if (presses >= 3) { presses = 0; return leave(); }
    var n = 3 - presses;
    say(n === 1 ? root.getAttribute('data-shift-one') : (root.getAttribute('data-shift-many') || '').replace('{n}', String(n)));
    timer = setTimeout(reset, 5000);
  }, true);
})();`
