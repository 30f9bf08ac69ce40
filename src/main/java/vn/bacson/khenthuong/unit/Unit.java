package vn.bacson.khenthuong.unit;

/** A proposing unit (cơ quan, đơn vị, thôn). Units dissolved in the 2025 restructuring are not commended. */
public record Unit(String code, String name, String email, boolean dissolved) {}
