/*
 * Buttons that ask before they act: a button with data-confirm="…" submits only when the user
 * agrees to the question. A file rather than an onclick attribute, so that the pages need no inline
 * script (Content-Security-Policy). Listens in the capture phase, before the button's own handlers.
 */
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
    if (button && !window.confirm(button.getAttribute("data-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();
