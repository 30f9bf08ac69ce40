// A process diagram (bpmn-js NavigatedViewer from the webjar) in every element with data-diagram-url (the BPMN XML).
// Optional, written by the server: data-current, the element to highlight and centre (a dossier's stage); and
// data-overlays, JSON of BPMN element id -> {count, href, title[, overdue, overdueHref, overdueTitle]}: the count on
// the element's top right, and the overdue ones, when there are any, on its top left, each a link to the list behind
// it (a plain number when href is null). No inline script, no inline style (the page's Content-Security-Policy).
(function () {
  'use strict';
  if (typeof window.BpmnJS !== 'function') {
    return;
  }

  function readJson(element, name) {
    try {
      return JSON.parse(element.getAttribute(name) || 'null');
    } catch (e) {
      return null;
    }
  }

  function countLink(className, count, href, title, elementId) {
    var link = document.createElement(href ? 'a' : 'span');
    link.className = className;
    if (href) {
      link.href = href;
    } else {
      link.setAttribute('role', 'img');
    }
    link.textContent = String(count);
    link.title = title;
    link.setAttribute('aria-label', title);
    link.setAttribute('data-element', elementId);
    return link;
  }

  function addCounts(viewer, counts) {
    var overlays = viewer.get('overlays');
    var registry = viewer.get('elementRegistry');
    Object.keys(counts).forEach(function (elementId) {
      var data = counts[elementId];
      if (!registry.get(elementId)) {
        return; // not in this version of the diagram
      }
      overlays.add(elementId, 'stage-count', {
        position: {top: -14, right: 14},
        scale: false,
        html: countLink('stage-count' + (data.count > 0 ? ' stage-count-busy' : ''),
          data.count, data.href, data.title, elementId)
      });
      if (data.overdue > 0) {
        overlays.add(elementId, 'stage-overdue', {
          position: {top: -14, left: -14},
          scale: false,
          html: countLink('stage-overdue', data.overdue, data.overdueHref, data.overdueTitle, elementId)
        });
      }
    });
  }

  function draw(container) {
    var viewer = new window.BpmnJS({container: container});
    var current = container.getAttribute('data-current');
    var counts = readJson(container, 'data-overlays');
    fetch(container.getAttribute('data-diagram-url'), {credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('diagram ' + response.status);
        }
        return response.text();
      })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
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
        if (counts) {
          addCounts(viewer, counts);
        }
        container.setAttribute('data-rendered', 'true');
      })
      .catch(function () {
        container.setAttribute('data-rendered', 'failed');
        container.hidden = true;
      });
  }

  document.querySelectorAll('[data-diagram-url]').forEach(draw);
})();
