package vn.bacson.khenthuong.admin;

/** Body of POST /api/admin/communes/{code}/units: a proposing unit of the commune and its e-mail address. */
public record UnitRequest(String code, String name, String email) {}
