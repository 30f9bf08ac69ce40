package vn.bacson.khenthuong.admin;

import java.util.List;

/**
 * Body of POST /api/admin/communes/{code}/users: a user of the commune with commune roles ({@code Roles.COMMUNE_ROLES})
 * and, for a unit officer or the Ban Xây dựng Đảng, the unit they propose for.
 */
public record UserRequest(
        String username, String fullName, String email, String password, List<String> roles, String unitCode) {}
