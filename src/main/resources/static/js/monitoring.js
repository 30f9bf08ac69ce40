// The campaign dashboard's two charts (Chart.js); its process diagram with the counts is drawn by diagram.js.
// Data come from data-* attributes written by the server (JSON); no inline script, no inline style.
(function () {
  'use strict';

  function readJson(element, name) {
    try {
      return JSON.parse(element.getAttribute(name) || 'null');
    } catch (e) {
      return null;
    }
  }

  function drawCharts() {
    if (typeof window.Chart !== 'function') {
      return;
    }
    var submissions = document.getElementById('chart-submissions');
    var s = submissions && readJson(submissions, 'data-chart');
    if (s) {
      new window.Chart(submissions, {
        data: {
          labels: s.labels,
          datasets: [
            {type: 'bar', label: s.dailyLabel, data: s.daily, backgroundColor: '#9b1c1c', order: 3},
            {type: 'line', label: s.cumulativeLabel, data: s.cumulative, borderColor: '#1d4ed8',
              backgroundColor: '#1d4ed8', tension: 0.2, pointRadius: 2, order: 2},
            {type: 'line', label: s.unitsLabel, data: s.labels.map(function () { return s.units; }),
              borderColor: '#6b7280', borderDash: [6, 4], pointRadius: 0, order: 1},
            {type: 'bar', label: s.deadlineLabel, data: s.deadline, backgroundColor: 'rgba(242, 201, 76, 0.85)',
              borderColor: '#b45309', borderWidth: 2, barPercentage: 0.3, order: 4}
          ]
        },
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: {y: {beginAtZero: true, ticks: {precision: 0}}},
          plugins: {legend: {position: 'bottom'}}
        }
      });
      submissions.setAttribute('data-rendered', 'true');
    }
    var finished = document.getElementById('chart-finished');
    var f = finished && readJson(finished, 'data-chart');
    if (f) {
      new window.Chart(finished, {
        type: 'bar',
        data: {labels: f.labels, datasets: [{label: f.finishedLabel, data: f.finished, backgroundColor: '#0f766e'}]},
        options: {
          responsive: true, maintainAspectRatio: false, animation: false,
          scales: {y: {beginAtZero: true, ticks: {precision: 0}}},
          plugins: {legend: {position: 'bottom'}}
        }
      });
      finished.setAttribute('data-rendered', 'true');
    }
  }

  drawCharts();
})();
