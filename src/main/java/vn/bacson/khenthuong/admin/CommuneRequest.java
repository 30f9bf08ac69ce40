package vn.bacson.khenthuong.admin;

import vn.bacson.khenthuong.commune.CommuneIssuer;

/** Body of POST /api/admin/communes: the commune's code and name, and the issuer block of its documents. */
public record CommuneRequest(String code, String name, CommuneIssuer issuer) {}
