package vn.bacson.khenthuong.commune;

/** A commune served by this installation: its code is the tenant id of its rows and of its process instances. */
public record Commune(String code, String name) {

    /** Its People's Committee as a sentence names it: "Xã Bắc Sơn" -> "Ủy ban nhân dân xã Bắc Sơn". */
    public String committee() {
        if (name == null || name.isEmpty()) {
            return "Ủy ban nhân dân";
        }
        return "Ủy ban nhân dân " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** The province's People's Committee as a sentence names it: "Lạng Sơn" -> "Ủy ban nhân dân tỉnh Lạng Sơn". */
    public static String provinceCommittee(String province) {
        return "Ủy ban nhân dân tỉnh " + province;
    }
}
