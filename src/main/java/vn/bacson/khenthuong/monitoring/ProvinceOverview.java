package vn.bacson.khenthuong.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * GET /api/monitoring/province: every commune in one line (API.md v1.1), by name. Campaigns: all of the commune's
 * and those whose submission window is open today; units not submitted: over the open campaigns, the pairs (campaign,
 * unit not dissolved) without a submitted dossier; tasks: the commune dossiers' open review and amendment tasks and
 * those past due; proposals at the province: the commune's proposals in review, by province stage, and those
 * returned to the commune; of each, those overdue (in review past the stage's due date, returned and not sent again
 * by the resend date).
 */
public record ProvinceOverview(Instant at, List<CommuneLine> communes, CommuneLine total) {

    public record CommuneLine(
            String code,
            String name,
            long campaigns,
            long openCampaigns,
            Map<DossierStatus, Long> dossiersByStatus,
            long dossiers,
            long unitsNotSubmitted,
            long openTasks,
            long overdueTasks,
            Map<Stage, Long> proposalsByStage,
            long proposalsReturned,
            Map<Stage, Long> proposalsOverdueByStage,
            long proposalsReturnedOverdue) {

        /** Dossiers still on their way: sent and not finished (submitted, in review, amendment, at the province). */
        public long inProgress() {
            return dossiersByStatus.get(DossierStatus.SUBMITTED)
                    + dossiersByStatus.get(DossierStatus.IN_REVIEW)
                    + dossiersByStatus.get(DossierStatus.AMENDMENT_REQUESTED)
                    + dossiersByStatus.get(DossierStatus.PROVINCE_PENDING);
        }

        public long proposalsInReview() {
            return proposalsByStage.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
