package vn.bacson.khenthuong.monitoring.web;

/**
 * One step of a process diagram with its figures: the BPMN element it sits on, its name, how many wait there and the
 * list behind that number (null: a number without a link, for a reader who may not open the list); and, where the
 * page knows it, how many of them are overdue and their list (overdue null: not shown). A page lists the steps (readable without script, and on a phone) and hands them to static/js/diagram.js
 * as the diagram's overlays ({@link MonitoringPages#overlays}).
 */
record DiagramStep(String elementId, String label, long count, String href, Long overdue, String overdueHref) {

    static DiagramStep waiting(String elementId, String label, long count, String href) {
        return new DiagramStep(elementId, label, count, href, null, null);
    }
}
