/*
 * Upload forms of the attachments page: refuses a file bigger than the form allows before sending
 * it (the server checks again and says the same), and shows a progress bar while the browser sends
 * the file.
 */
(function () {
  'use strict';
  function megabytes(bytes) {
    return (Math.round(bytes / 104857.6) / 10) + ' MB';
  }
  document.querySelectorAll('form.upload-form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      var input = form.querySelector('input[type=file]');
      var status = form.querySelector('.upload-status');
      var progress = form.querySelector('.upload-progress');
      var max = Number(input.getAttribute('data-max-bytes'));
      if (input.files.length === 1 && max >= 0 && input.files[0].size > max) {
        event.preventDefault();
        status.textContent = 'ファイルが大きすぎます。' + megabytes(max) + '以下のファイルにしてください。 / '
            + 'The file is too large. It may be at most ' + megabytes(max) + '.';
        return;
      }
      if (input.files.length === 0) {
        return;
      }
      progress.hidden = false;
      form.setAttribute('aria-busy', 'true');
      status.textContent = 'アップロード中です… / Uploading…';
    });
  });
})();
