package vn.bacson.khenthuong.admin;

import java.util.List;

/** A user of a commune (never the password): roles are role ids, unitCode the unit or null. */
public record UserView(
        String username, String fullName, String email, List<String> roles, String unitCode, String communeCode) {}
