// Small behaviours shared by every page. No inline scripts (CSP): pages mark elements with data-* attributes.
(function () {
  'use strict';

  /** {header, token} from the layout's meta tags, for requests sent by script. */
  window.appCsrf = function () {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? {header: header.content, token: token.content} : null;
  };

  document.addEventListener('submit', function (event) {
    var form = event.target;
    // forms that need a confirmation: data-confirm="message"
    var message = form.getAttribute('data-confirm');
    var submitter = event.submitter;
    if (submitter && submitter.getAttribute('data-confirm')) {
      message = submitter.getAttribute('data-confirm');
    }
    if (message && !window.confirm(message)) {
      event.preventDefault();
      return;
    }
    // a double click must not send the form twice
    if (form.getAttribute('data-once') !== null) {
      if (form.dataset.sent === 'true') {
        event.preventDefault();
        return;
      }
      form.dataset.sent = 'true';
    }
  });

  // disciplined-on date only matters when a discipline level is chosen
  function syncDiscipline(select) {
    var target = document.getElementById(select.getAttribute('data-discipline-date'));
    if (target) {
      target.closest('.discipline-date').hidden = select.value === 'NONE' || select.value === '';
    }
  }
  document.querySelectorAll('select[data-discipline-date]').forEach(function (select) {
    syncDiscipline(select);
    select.addEventListener('change', function () { syncDiscipline(select); });
  });
})();
