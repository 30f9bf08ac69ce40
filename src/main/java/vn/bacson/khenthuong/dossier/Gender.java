package vn.bacson.khenthuong.dossier;

public enum Gender {
    FEMALE,
    MALE
}
