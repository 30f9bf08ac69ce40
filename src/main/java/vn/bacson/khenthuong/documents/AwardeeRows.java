package vn.bacson.khenthuong.documents;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.unit.UnitRepository;

/** Nominees as the documents list them, with the name of the unit that proposed them. */
@Component
public class AwardeeRows {

    /** Which award a document prints for a nominee, and what goes in the notes column. */
    public interface Labeller {
        String award(Nominee nominee);

        default String note(Nominee nominee) {
            return null;
        }
    }

    private final DossierRepository dossiers;
    private final UnitRepository units;

    public AwardeeRows(DossierRepository dossiers, UnitRepository units) {
        this.dossiers = dossiers;
        this.units = units;
    }

    public List<AwardeeRow> of(List<Nominee> nominees, Labeller labeller) {
        Map<UUID, String> unitNames =
                unitNames(nominees.stream().map(Nominee::dossierId).distinct().toList());
        return nominees.stream()
                .map(n -> new AwardeeRow(
                        n.id(),
                        n.type(),
                        n.fullName(),
                        n.position(),
                        unitNames.get(n.dossierId()),
                        n.achievementSummary(),
                        labeller.award(n),
                        labeller.note(n)))
                .toList();
    }

    /** Unit name per dossier id. */
    public Map<UUID, String> unitNames(Collection<UUID> dossierIds) {
        return dossiers.unitNames(List.copyOf(dossierIds));
    }

    /** Dossiers by id. */
    public Map<UUID, Dossier> dossiers(Collection<UUID> ids) {
        return dossiers.findAll(List.copyOf(ids)).stream().collect(Collectors.toMap(Dossier::id, Function.identity()));
    }
}
