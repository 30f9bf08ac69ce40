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

  /**
   * Zooms a bpmn-js canvas so its labels stay readable: the whole process when it fits at a readable scale,
   * otherwise the readable scale centred on the given element (the current stage), or from the start at the left
   * edge when there is none; the reader drags the diagram to see the rest.
   */
  window.appReadableZoom = function (viewer, elementId) {
    var canvas = viewer.get('canvas');
    var minScale = 0.9;
    canvas.zoom('fit-viewport');
    if (canvas.viewbox().scale >= minScale) {
      return;
    }
    var registry = viewer.get('elementRegistry');
    var focus = (elementId && registry.get(elementId))
      || registry.filter(function (e) { return e.type === 'bpmn:StartEvent'; })[0];
    var center = focus && focus.width !== undefined
      ? {x: focus.x + focus.width / 2, y: focus.y + focus.height / 2}
      : 'auto';
    canvas.zoom(minScale, center);
    if (!elementId || !registry.get(elementId)) {
      // no current stage (the dashboard): the process from its start, at the left edge
      var whole = canvas.viewbox();
      canvas.viewbox({x: whole.inner.x - 20, y: whole.inner.y - 20, width: whole.width, height: whole.height});
      return;
    }
    if (focus && focus.width !== undefined) {
      var box = canvas.viewbox();
      canvas.scroll({
        dx: box.x + box.width / 2 - (focus.x + focus.width / 2),
        dy: 0
      });
      box = canvas.viewbox();
      canvas.viewbox({x: box.x, y: box.inner.y - 20, width: box.width, height: box.height});
    }
  };

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
