package vn.bacson.khenthuong.common;

/** One field error of a 400 answer: {"field":"nominees[0].fullName","code":"REQUIRED","message":"..."}. */
public record FieldViolation(String field, String code, String message) {}
