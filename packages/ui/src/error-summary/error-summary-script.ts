/**
 * The error summary's behaviour on server-rendered pages that ship no React, as a little inline script under the
 * page's CSP nonce (ErrorSummary renders it when given a nonce):
 * - focus moves to the summary, so a screen reader reads it at once (the `autofocus` attribute does the same in
 *   browsers that honour it on any focusable element, also without JavaScript);
 * - each link focuses its field and scrolls the field's question (legend or label) into view, not just the input,
 *   as GOV.UK Frontend does. Without JavaScript, the stylesheet's scroll margin keeps the question in view instead.
 */
export const ERROR_SUMMARY_SCRIPT = `(function () {
  var summary = document.querySelector('[data-ui="error-summary"]');
  if (!summary || summary.hasAttribute('data-enhanced')) return;
  summary.setAttribute('data-enhanced', '');
  if (!document.activeElement || document.activeElement === document.body) summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href^="#"]');
    if (!link) return;
    var input = document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1)));
    if (!input) return;
    event.preventDefault();
    var fieldset = input.closest('fieldset');
    var legend = fieldset && fieldset.querySelector('legend');
    var label = input.id && document.querySelector('label[for="' + input.id.replace(/["\\\\]/g, '\\\\$&') + '"]');
    var question = label || input.closest('label') || input;
    if (legend) {
      var box = input.getBoundingClientRect();
      if (input.type === 'radio' || input.type === 'checkbox' || box.top + box.height - legend.getBoundingClientRect().top < window.innerHeight / 2) question = legend;
    }
    question.scrollIntoView();
    input.focus({ preventScroll: true });
  });
})();`
