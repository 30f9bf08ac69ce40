// The dossier process diagram (bpmn-js NavigatedViewer from the webjar) with the current stage highlighted.
(function () {
  'use strict';
  var container = document.getElementById('process-diagram');
  if (!container || typeof window.BpmnJS !== 'function') {
    return;
  }
  var viewer = new window.BpmnJS({container: container});
  fetch(container.dataset.diagramUrl, {credentials: 'same-origin'})
    .then(function (response) {
      if (!response.ok) {
        throw new Error('diagram ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) { return viewer.importXML(xml); })
    .then(function () {
      var canvas = viewer.get('canvas');
      var current = container.dataset.current;
      if (typeof window.appReadableZoom === 'function') {
        window.appReadableZoom(viewer, current);
      } else {
        canvas.zoom('fit-viewport');
      }
      if (current) {
        try {
          canvas.addMarker(current, 'current-stage');
        } catch (e) {
          // the element is not in this version of the diagram: show it without a marker
        }
      }
      container.dataset.rendered = 'true';
    })
    .catch(function () {
      container.dataset.rendered = 'failed';
      container.hidden = true;
    });
})();
