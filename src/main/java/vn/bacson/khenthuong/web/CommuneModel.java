package vn.bacson.khenthuong.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.Communes;

/**
 * Every page knows whose pages they are: the commune of the request (header and footer name it), none for the
 * province level and administrators.
 */
@ControllerAdvice(annotations = PageController.class)
class CommuneModel {

    private final Communes communes;

    CommuneModel(Communes communes) {
        this.communes = communes;
    }

    @ModelAttribute("commune")
    Commune commune() {
        return CommuneContext.commune().flatMap(communes::find).orElse(null);
    }
}
