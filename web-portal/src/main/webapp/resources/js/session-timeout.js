/*
 * Warns before the session times out. The session lives session-timeout seconds after the last
 * request; this timer restarts on every page load and every PrimeFaces AJAX response. Five minutes
 * before the end an alert dialog offers to continue (a request that keeps the session); at the end
 * the page goes to the login page, which explains what happened.
 */
(function () {
  "use strict";
  var root = document.getElementById("session-warning");
  if (!root) {
    return;
  }
  var timeoutMs = parseInt(root.getAttribute("data-timeout-seconds"), 10) * 1000;
  var warnMs = Math.min(5 * 60 * 1000, timeoutMs / 2);
  var keepAliveUrl = root.getAttribute("data-keepalive");
  var loginUrl = root.getAttribute("data-login");
  var button = document.getElementById("session-continue");
  var countdown = document.getElementById("session-countdown");
  var previousFocus = null;
  var warnTimer, endTimer, ticker, deadline;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    clearInterval(ticker);
    hide();
    deadline = Date.now() + timeoutMs;
    warnTimer = setTimeout(show, timeoutMs - warnMs);
    endTimer = setTimeout(function () { window.location.href = loginUrl; }, timeoutMs - 2000);
  }

  function show() {
    previousFocus = document.activeElement;
    root.hidden = false;
    update();
    ticker = setInterval(update, 1000);
    button.focus();
  }

  function hide() {
    if (!root.hidden) {
      root.hidden = true;
      if (previousFocus && previousFocus.focus) {
        previousFocus.focus();
      }
    }
  }

  function update() {
    var s = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    var m = Math.floor(s / 60);
    var r = s % 60;
    countdown.textContent = m + "分" + r + "秒 / " + m + " min " + r + " s";
  }

  button.addEventListener("click", function () {
    fetch(keepAliveUrl, { method: "POST", credentials: "same-origin", cache: "no-store", redirect: "manual" })
      .then(function (response) {
        if (response.status === 204) {
          schedule();
        } else {
          window.location.href = loginUrl;
        }
      })
      .catch(function () { window.location.href = loginUrl; });
  });
  root.addEventListener("keydown", function (e) {
    if (e.key === "Tab") { e.preventDefault(); button.focus(); }
  });
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", schedule);
  }
  schedule();
})();
