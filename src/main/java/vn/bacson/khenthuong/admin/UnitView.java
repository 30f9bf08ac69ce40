package vn.bacson.khenthuong.admin;

/** A unit of a commune, as created or listed by the administrator. */
public record UnitView(String code, String name, String email, boolean dissolved) {}
