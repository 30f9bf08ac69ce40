package vn.bacson.khenthuong.commune;

/** A commune served by this installation: its code is the tenant id of its rows and of its process instances. */
public record Commune(String code, String name) {}
