package vn.bacson.khenthuong.province;

/** The name of a commune by its code (until the communes have their own table: one configured commune). */
public interface CommuneNames {

    /** The commune's name as the province writes it, e.g. "Xã Bắc Sơn". */
    String name(String communeCode);
}
