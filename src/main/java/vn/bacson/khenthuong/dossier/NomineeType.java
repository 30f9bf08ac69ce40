package vn.bacson.khenthuong.dossier;

public enum NomineeType {
    INDIVIDUAL,
    COLLECTIVE,
    HOUSEHOLD
}
