/*
 * Saves the draft a moment after each change (the page's zairyuAutosave remote command). Typing
 * pauses are short: a change event (a field left, a choice made) starts a 1.5 s timer that the
 * next change restarts. After the first save of a new draft the address bar gets its id, so a
 * reload, a session timeout or a crashed browser comes back to the same draft.
 */
(function () {
  "use strict";
  var form = document.getElementById("draft");
  if (!form || typeof window.zairyuAutosave !== "function") {
    return;
  }
  var timer = null;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () { window.zairyuAutosave(); }, 1500);
  }
  form.addEventListener("change", later);
  form.addEventListener("input", later);
  // Submitting the form saves anyway: no autosave racing it.
  form.addEventListener("submit", function () { clearTimeout(timer); });
  window.zairyuAutosaved = function (xhr, status, args) {
    if (args && args.draftId && !/[?&]id=/.test(window.location.search)) {
      window.history.replaceState(null, "", window.location.pathname + "?id=" + args.draftId);
    }
  };
})();
