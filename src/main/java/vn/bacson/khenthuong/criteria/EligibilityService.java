package vn.bacson.khenthuong.criteria;

import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Checks every nominee of a dossier against the criteria of the plan (section V) and the law, writes each
 * nominee's eligibility and reasons, and answers how many may go on.
 */
@Service
public class EligibilityService {

    /** Result of assessing a dossier: counts by eligibility. */
    public record Assessment(int eligible, int ineligible, int pending) {
        public boolean anyEligible() {
            return eligible > 0;
        }
    }

    public Assessment assess(UUID dossierId) {
        throw new UnsupportedOperationException("TODO helper C");
    }
}
