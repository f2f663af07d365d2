/*
 * Idle-timeout warning of the officer console (WCAG 2.2.1 Timing Adjustable, 2.2.6 Timeouts).
 *
 * The page carries #idleWarning with data-timeout (the session's idle timeout, seconds),
 * data-warn (how long before it the warning shows, seconds) and data-login (where to go when the
 * time is up). The deadline restarts on each page load and each PrimeFaces AJAX response, and is
 * shared with the console's other tabs through localStorage, so that work in one tab keeps the
 * others from logging out. The warning is a modal alertdialog: focus moves to "Continue", Tab
 * stays inside it, Escape means Continue, and the remaining time is announced each minute and in
 * the last 30 and 10 seconds. No secrets: the only server call is the page's own remote command.
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'zairyu.console.idleDeadline';
  var box, dialog, countdown, announcement, continueButton, logoutButton;
  var timeoutMs, warnMs, deadline, timer, lastFocus, lastAnnounced;

  function sharedDeadline() {
    try {
      var stored = parseInt(window.localStorage.getItem(STORAGE_KEY), 10);
      return isNaN(stored) ? 0 : stored;
    } catch (e) {
      return 0;
    }
  }

  function share(value) {
    try {
      window.localStorage.setItem(STORAGE_KEY, String(value));
    } catch (e) {
      /* private mode: this tab alone */
    }
  }

  function remaining() {
    return Math.max(deadline, sharedDeadline()) - Date.now();
  }

  function format(ms) {
    var seconds = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function spoken(ms) {
    var seconds = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    var ja = (m > 0 ? m + '分' : '') + (s > 0 || m === 0 ? s + '秒' : '');
    var en = (m > 0 ? m + (m === 1 ? ' minute' : ' minutes') : '') +
        (m > 0 && s > 0 ? ' ' : '') + (s > 0 || m === 0 ? s + (s === 1 ? ' second' : ' seconds') : '');
    return 'あと' + ja + 'でログアウトします。 / Logging out in ' + en + '.';
  }

  function isOpen() {
    return box && !box.hidden;
  }

  function open() {
    lastFocus = document.activeElement;
    lastAnnounced = Math.ceil(remaining() / 1000); // the dialog itself is read out on opening
    box.hidden = false;
    document.body.classList.add('idle-open');
    update();
    continueButton.focus();
  }

  function close() {
    box.hidden = true;
    document.body.classList.remove('idle-open');
    announcement.textContent = '';
    if (lastFocus && typeof lastFocus.focus === 'function' && document.contains(lastFocus)) {
      lastFocus.focus();
    }
    lastFocus = null;
  }

  function update() {
    var left = remaining();
    countdown.textContent = format(left);
    var seconds = Math.ceil(left / 1000);
    var key = seconds % 60 === 0 || seconds === 30 || seconds === 10 ? seconds : null;
    if (key !== null && key !== lastAnnounced) {
      lastAnnounced = key;
      announcement.textContent = spoken(left);
    }
  }

  function tick() {
    var left = remaining();
    if (left <= 0) {
      window.clearInterval(timer);
      window.location.assign(box.getAttribute('data-login'));
      return;
    }
    if (left <= warnMs) {
      if (!isOpen()) {
        open();
      } else {
        update();
      }
    } else if (isOpen()) {
      close(); // another tab kept the session alive
    }
  }

  /** Restarts the deadline (page load, AJAX response, Continue). */
  function reset() {
    if (!box) {
      return;
    }
    deadline = Date.now() + timeoutMs;
    share(deadline);
    if (isOpen()) {
      close();
    }
  }

  function keepAlive() {
    reset();
    if (typeof window.zairyuKeepAlive === 'function') {
      window.zairyuKeepAlive();
    }
  }

  function trapKeys(event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      keepAlive();
      return;
    }
    if (event.key !== 'Tab') {
      return;
    }
    var first = continueButton;
    var last = logoutButton;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    } else if (!dialog.contains(document.activeElement)) {
      event.preventDefault();
      first.focus();
    }
  }

  function start(timeoutSeconds, warnSeconds) {
    timeoutMs = timeoutSeconds * 1000;
    warnMs = Math.min(warnSeconds, timeoutSeconds) * 1000;
    window.clearInterval(timer);
    deadline = Date.now() + timeoutMs;
    share(deadline);
    if (isOpen()) {
      close();
    }
    timer = window.setInterval(tick, 1000);
  }

  function init() {
    box = document.getElementById('idleWarning');
    if (!box) {
      return;
    }
    dialog = box.querySelector('[role="alertdialog"]');
    countdown = document.getElementById('idleCountdown');
    announcement = document.getElementById('idleAnnouncement');
    continueButton = document.getElementById('idleContinue');
    logoutButton = document.getElementById('idleLogout');
    continueButton.addEventListener('click', keepAlive);
    logoutButton.addEventListener('click', function () {
      var logout = document.getElementById('logoutForm:logout');
      if (logout) {
        logout.click();
      } else {
        window.location.assign(box.getAttribute('data-login'));
      }
    });
    box.addEventListener('keydown', trapKeys);
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', reset);
    }
    start(
        parseInt(box.getAttribute('data-timeout'), 10) || 1800,
        parseInt(box.getAttribute('data-warn'), 10) || 300);
  }

  window.ZairyuIdle = {
    reset: reset,
    /** Restarts with other durations (seconds); for tests and for a changed session timeout. */
    restart: function (timeoutSeconds, warnSeconds) {
      if (box) {
        start(timeoutSeconds, warnSeconds);
      }
    }
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
