// Document upload with drag & drop and a progress bar. Posts to the JSON API with the CSRF header; without
// script the same form is a plain multipart form handled by the page controller.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var zone = document.getElementById('drop-zone');
  var fileInput = document.getElementById('upload-file');
  var progress = document.getElementById('upload-progress');
  var bar = document.getElementById('upload-progress-bar');
  var status = document.getElementById('upload-status');
  var button = document.getElementById('upload-submit');
  zone.hidden = false;

  function say(text, isError) {
    status.textContent = text;
    status.className = 'small mt-1 ' + (isError ? 'field-error' : 'text-success');
  }

  function setProgress(percent) {
    progress.hidden = false;
    progress.setAttribute('aria-valuenow', String(percent));
    bar.style.width = percent + '%';
    bar.textContent = percent + '%';
  }

  function problemText(xhr) {
    try {
      var problem = JSON.parse(xhr.responseText);
      var parts = [problem.detail || ''];
      (problem.errors || []).forEach(function (e) { parts.push(e.message); });
      return parts.join(' ').trim();
    } catch (e) {
      return '';
    }
  }

  function upload(file) {
    if (!file) {
      say(form.dataset.msgChoose, true);
      return;
    }
    var data = new FormData();
    data.append('kind', document.getElementById('upload-kind').value);
    var nominee = document.getElementById('upload-nominee').value;
    if (nominee) {
      data.append('nomineeId', nominee);
    }
    data.append('file', file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.apiUrl);
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.setRequestHeader('Accept', 'application/json');
    var csrf = window.appCsrf && window.appCsrf();
    if (csrf) {
      xhr.setRequestHeader(csrf.header, csrf.token);
    }
    xhr.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        setProgress(Math.round(event.loaded * 100 / event.total));
      }
    });
    xhr.addEventListener('load', function () {
      button.disabled = false;
      if (xhr.status === 201) {
        setProgress(100);
        say(form.dataset.msgDone + ' ' + file.name, false);
        window.location.replace(window.location.pathname + '?uploaded=' + Date.now() + '#documents');
      } else {
        say(form.dataset.msgFailed + ' ' + problemText(xhr), true);
      }
    });
    xhr.addEventListener('error', function () {
      button.disabled = false;
      say(form.dataset.msgFailed, true);
    });
    button.disabled = true;
    setProgress(0);
    say(form.dataset.msgUploading + ' ' + file.name, false);
    xhr.send(data);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    upload(fileInput.files[0]);
  });
  ['dragenter', 'dragover'].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add('drag-over');
    });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    zone.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.remove('drag-over');
    });
  });
  zone.addEventListener('drop', function (event) {
    var files = event.dataTransfer && event.dataTransfer.files;
    upload(files && files[0]);
  });
})();
