package vn.bacson.khenthuong.dossier;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import vn.bacson.khenthuong.campaign.AwardForm;

/** What a unit writes about a nominee (create and update of a dossier). id null = a new nominee. */
public record NomineeInput(
        UUID id,
        NomineeType type,
        String fullName,
        Integer birthYear,
        String position,
        Gender gender,
        Integer womenShare,
        AwardForm proposedAward,
        String achievementSummary,
        Set<EmulationContent> emulationContents,
        String initiative,
        DisciplineLevel disciplineLevel,
        LocalDate disciplineDecidedOn,
        Boolean memberDisciplined,
        HoldStatus holdStatus,
        BangKhenGround bangKhenGround) {}
