package vn.bacson.khenthuong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.notification.NoticePayload.AmendmentDueNotice;
import vn.bacson.khenthuong.notification.NoticePayload.AmendmentNotice;
import vn.bacson.khenthuong.notification.NoticePayload.CampaignLaunchedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DecisionNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DossierReceivedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.PublicFeedbackNotice;
import vn.bacson.khenthuong.notification.NoticePayload.RejectionNotice;
import vn.bacson.khenthuong.notification.NoticePayload.SubmissionReminderNotice;
import vn.bacson.khenthuong.notification.NoticePayload.TaskNotice;
import vn.bacson.khenthuong.notification.NoticePayload.WindowClosedNotice;
import vn.bacson.khenthuong.notification.NoticePayload.WindowOpenedNotice;

/**
 * The payloads as the outbox stores them, with the application's ObjectMapper: the JSON is the one the key-value
 * payloads wrote before the records (same keys, same order, same formats), so rows already stored read as records.
 */
@JsonTest
class NoticeJsonTest {

    static final UUID DOSSIER = UUID.fromString("0b6f3c1e-2a4d-4f8e-9c1b-5d7e8f9a0b1c");
    static final UUID CAMPAIGN = UUID.fromString("7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final Instant DUE = Instant.parse("2025-09-09T16:59:59.999Z");
    static final LocalDate LAST_DAY = LocalDate.of(2025, 9, 9);

    @Autowired
    ObjectMapper objectMapper;

    NoticeJson json;

    @BeforeEach
    void setUp() {
        json = new NoticeJson(objectMapper);
    }

    @Test
    void dossierNoticesKeepTheirStoredJson() {
        same(
                NotificationEvent.DOSSIER_EXPIRED,
                new DossierNotice(DOSSIER, "Hồ sơ Thôn 1"),
                stored("{'dossierId':'%s','title':'Hồ sơ Thôn 1'}", DOSSIER));
        same(
                NotificationEvent.DOSSIER_RECEIVED,
                new DossierReceivedNotice(DOSSIER, "Hồ sơ", 2, 1, 0),
                stored("{'dossierId':'%s','title':'Hồ sơ','eligible':2,'ineligible':1,'pending':0}", DOSSIER));
        same(
                NotificationEvent.DOSSIER_RETURNED,
                new AmendmentNotice(DOSSIER, "Hồ sơ", DUE, "Thiếu minh chứng"),
                stored(
                        "{'dossierId':'%s','title':'Hồ sơ','dueAt':'2025-09-09T16:59:59.999Z',"
                                + "'comment':'Thiếu minh chứng'}",
                        DOSSIER));
        same(
                NotificationEvent.AMENDMENT_REQUESTED,
                new AmendmentNotice(DOSSIER, "Hồ sơ", DUE, null),
                stored(
                        "{'dossierId':'%s','title':'Hồ sơ','dueAt':'2025-09-09T16:59:59.999Z','comment':null}",
                        DOSSIER));
        same(
                NotificationEvent.AMENDMENT_DUE_SOON,
                new AmendmentDueNotice(DOSSIER, "Hồ sơ", DUE),
                stored("{'dossierId':'%s','title':'Hồ sơ','dueAt':'2025-09-09T16:59:59.999Z'}", DOSSIER));
        same(
                NotificationEvent.PUBLIC_FEEDBACK_RECEIVED,
                new PublicFeedbackNotice(DOSSIER, "Hồ sơ", DUE),
                stored("{'dossierId':'%s','title':'Hồ sơ','dueAt':'2025-09-09T16:59:59.999Z'}", DOSSIER));
        same(
                NotificationEvent.DOSSIER_REJECTED,
                new RejectionNotice(DOSSIER, "Hồ sơ", "Hội đồng không thông qua."),
                stored("{'dossierId':'%s','title':'Hồ sơ','reason':'Hội đồng không thông qua.'}", DOSSIER));
        same(
                NotificationEvent.DOSSIER_DECIDED,
                new DecisionNotice(DOSSIER, "Hồ sơ", "12/QĐ-UBND"),
                stored("{'dossierId':'%s','title':'Hồ sơ','decisionNumber':'12/QĐ-UBND'}", DOSSIER));
        same(
                NotificationEvent.PROVINCE_PROPOSED,
                new DecisionNotice(DOSSIER, "Hồ sơ", null),
                stored("{'dossierId':'%s','title':'Hồ sơ','decisionNumber':null}", DOSSIER));
    }

    @Test
    void taskNoticesKeepTheirStoredJson() {
        same(
                NotificationEvent.TASK_CREATED,
                new TaskNotice(DOSSIER, "task-1", Stage.CULTURE_SOCIAL_APPRAISAL, "Hồ sơ", DUE),
                stored(
                        "{'dossierId':'%s','taskId':'task-1','stage':'CULTURE_SOCIAL_APPRAISAL','title':'Hồ sơ',"
                                + "'dueAt':'2025-09-09T16:59:59.999Z'}",
                        DOSSIER));
        same(
                NotificationEvent.TASK_OVERDUE,
                new TaskNotice(DOSSIER, "task-1", Stage.COUNCIL_REVIEW, "Hồ sơ", null),
                stored(
                        "{'dossierId':'%s','taskId':'task-1','stage':'COUNCIL_REVIEW','title':'Hồ sơ','dueAt':null}",
                        DOSSIER));
    }

    @Test
    void campaignNoticesKeepTheirStoredJson() {
        same(
                NotificationEvent.CAMPAIGN_LAUNCHED,
                new CampaignLaunchedNotice(CAMPAIGN, "PT-2025", "Thi đua", "05/KH-UBND", "THON1"),
                stored(
                        "{'campaignId':'%s','code':'PT-2025','title':'Thi đua','planNumber':'05/KH-UBND',"
                                + "'unit':'THON1'}",
                        CAMPAIGN));
        same(
                NotificationEvent.WINDOW_OPENED,
                new WindowOpenedNotice(CAMPAIGN, "Thi đua", LAST_DAY, DUE),
                stored(
                        "{'campaignId':'%s','title':'Thi đua','deadline':'09/09/2025',"
                                + "'closesAt':'2025-09-09T16:59:59.999Z'}",
                        CAMPAIGN));
        same(
                NotificationEvent.SUBMISSION_REMINDER,
                new SubmissionReminderNotice(CAMPAIGN, "Thi đua", LAST_DAY, 3, "THON1", null),
                stored(
                        "{'campaignId':'%s','title':'Thi đua','deadline':'09/09/2025','daysBefore':3,'unit':'THON1'}",
                        CAMPAIGN));
        same(
                NotificationEvent.SUBMISSION_REMINDER,
                new SubmissionReminderNotice(CAMPAIGN, "Thi đua", LAST_DAY, 0, "THON1", "lanhdao"),
                stored(
                        "{'campaignId':'%s','title':'Thi đua','deadline':'09/09/2025','daysBefore':0,'unit':'THON1',"
                                + "'requestedBy':'lanhdao'}",
                        CAMPAIGN));
        same(
                NotificationEvent.WINDOW_CLOSED,
                new WindowClosedNotice(CAMPAIGN, "Thi đua", LAST_DAY, List.of("Thôn 1"), List.of()),
                stored(
                        "{'campaignId':'%s','title':'Thi đua','deadline':'09/09/2025','submitted':['Thôn 1'],"
                                + "'notSubmitted':[]}",
                        CAMPAIGN));
    }

    @Test
    void anEventRefusesAnotherEventsRecord() {
        assertThatThrownBy(
                        () -> json.write(NotificationEvent.DOSSIER_EXPIRED, new DecisionNotice(DOSSIER, "Hồ sơ", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DOSSIER_EXPIRED carries a DossierNotice");
        assertThatThrownBy(() -> json.write(NotificationEvent.TASK_CREATED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void extraMissingOrUnreadablePayloadsStillRead() {
        assertThat(json.read(
                        NotificationEvent.DOSSIER_DECIDED,
                        stored(
                                "{'dossierId':'%s','title':'Hồ sơ','decisionNumber':'1/QĐ-UBND',"
                                        + "'dueAt':'x','taskId':'t'}",
                                DOSSIER)))
                .isEqualTo(new DecisionNotice(DOSSIER, "Hồ sơ", "1/QĐ-UBND"));
        assertThat(json.read(NotificationEvent.TASK_CREATED, stored("{'taskId':'t-2','stage':'COUNCIL_REVIEW'}")))
                .isEqualTo(new TaskNotice(null, "t-2", Stage.COUNCIL_REVIEW, null, null));
        assertThat(json.read(NotificationEvent.WINDOW_CLOSED, null))
                .isEqualTo(new WindowClosedNotice(null, null, null, null, null));
        assertThat(json.read(NotificationEvent.TASK_OVERDUE, stored("{'dueAt':'not a moment'}")))
                .isEqualTo(new TaskNotice(null, null, null, null, null));
        assertThat(json.read(NotificationEvent.WINDOW_OPENED, stored("{'title':'Thi đua','deadline':''}")))
                .isEqualTo(new WindowOpenedNotice(null, "Thi đua", null, null));
    }

    /** JSON written with single quotes for legibility, the ids filled in. */
    private static String stored(String singleQuoted, Object... ids) {
        return singleQuoted.replace('\'', '"').formatted(ids);
    }

    /** The record is written as the stored JSON, and the stored JSON reads as the record. */
    private void same(NotificationEvent event, NoticePayload payload, String stored) {
        assertThat(json.write(event, payload)).isEqualTo(stored);
        assertThat(json.read(event, stored)).isEqualTo(payload);
    }
}
