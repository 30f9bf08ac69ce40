package vn.bacson.khenthuong.commune;

/**
 * The issuer block of a commune's official documents: the issuing body ("ỦY BAN NHÂN DÂN XÃ VŨ LỄ"), the place
 * name of the date line ("Vũ Lễ, ngày ...") and the chairman who signs.
 */
public record CommuneIssuer(String name, String placeName, String chairmanName) {}
