package vn.bacson.khenthuong.dossier;

import java.time.Instant;

/** One line of a dossier's history: who did what, when, in which stage, with which comment. */
public record HistoryEntry(Instant at, String actor, HistoryAction action, Stage stage, String comment) {}
