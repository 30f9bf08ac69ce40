package vn.bacson.khenthuong.admin;

import vn.bacson.khenthuong.commune.CommuneIssuer;

/**
 * A commune as the administrator sees it: the issuer block of its documents (from its settings: its own or the
 * configured default) and how many units and users.
 */
public record CommuneView(String code, String name, CommuneIssuer issuer, long units, long users) {}
