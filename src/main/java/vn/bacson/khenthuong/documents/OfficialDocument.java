package vn.bacson.khenthuong.documents;

import java.util.Map;

/**
 * A document to draw up: which template (e.g. {@code decision}), from which template set (e.g.
 * {@code ND152-2025}), the file name without extension, and the values the template reads.
 */
public record OfficialDocument(String template, String templateSet, String fileName, Map<String, Object> model) {}
