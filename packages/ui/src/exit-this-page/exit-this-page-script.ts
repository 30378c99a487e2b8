/**
 * Quick exit without hydrating the page: a few hundred bytes of plain JavaScript, inlined with the page's CSP
 * nonce, that give every server-rendered ExitThisPage the same behaviour as the React component: a click, three
 * Shift presses within five seconds, or Escape blanks the page and leaves with `location.replace`.
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
  var presses = 0, timer;
  function say(text) { if (status) status.textContent = text || ''; }
  function leave() {
    var cover = document.createElement('div');
    cover.setAttribute('aria-hidden', 'true');
    cover.className = 'fixed inset-0 z-50 bg-background';
    document.body.appendChild(cover);
    say(root.getAttribute('data-exiting'));
    window.location.replace(link.href);
  }
  link.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    leave();
  });
  document.addEventListener('keydown', function (event) {
    if (!root.isConnected) return;
    if (event.key === 'Escape' && root.getAttribute('data-escape') !== 'false' && !event.defaultPrevented) return leave();
    if (event.key !== 'Shift' || event.repeat) return;
    presses += 1;
    clearTimeout(timer);
    if (presses >= 3) { presses = 0; return leave(); }
    var left = 3 - presses;
    say(left === 1 ? root.getAttribute('data-shift-one') : (root.getAttribute('data-shift-many') || '').replace('{n}', String(left)));
    timer = setTimeout(function () { presses = 0; say(''); }, 5000);
  });
})();`
