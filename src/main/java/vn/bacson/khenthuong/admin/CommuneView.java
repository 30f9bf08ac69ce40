package vn.bacson.khenthuong.admin;

import vn.bacson.khenthuong.commune.CommuneIssuer;

/** A commune as the administrator sees it: its issuer block (null when none was stored) and how many units and users. */
public record CommuneView(String code, String name, CommuneIssuer issuer, long units, long users) {}
