package vn.bacson.khenthuong.province;

import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.Communes;

/** The communes' names from the commune register; an unknown code is shown as it is. */
@Component
class RegisteredCommuneNames implements CommuneNames {

    private final Communes communes;

    RegisteredCommuneNames(Communes communes) {
        this.communes = communes;
    }

    @Override
    public String name(String communeCode) {
        return communes.find(communeCode).map(Commune::name).orElse(communeCode);
    }
}
