package vn.bacson.khenthuong.province;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** One commune per installation for now: its name from {@code app.issuer.place-name}, whatever the code. */
@Component
class ConfiguredCommuneNames implements CommuneNames {

    private final String placeName;

    ConfiguredCommuneNames(@Value("${app.issuer.place-name:}") String placeName) {
        this.placeName = placeName;
    }

    @Override
    public String name(String communeCode) {
        return placeName == null || placeName.isBlank() ? communeCode : "Xã " + placeName.strip();
    }
}
