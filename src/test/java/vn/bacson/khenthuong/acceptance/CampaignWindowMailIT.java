package vn.bacson.khenthuong.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import vn.bacson.khenthuong.notification.MailDispatcher;
import vn.bacson.khenthuong.support.ApiResponse;

/**
 * A unit is told only what is true when the mail goes out. Moving a campaign's congress date back so that its
 * submission window lies in the past closes the window: the office lead gets the closing report, but no unit gets
 * "Bắt đầu nhận hồ sơ" (window opened) or a reminder for a window that is already closed, neither from the steps
 * that the moved timers fire at once nor from a message recorded earlier and still waiting in the outbox.
 */
class CampaignWindowMailIT extends AcceptanceSupport {

    private static final String UNIT_MAIL = "thon-1@bacson.example";
    private static final String WINDOW_OPENED = "Bắt đầu nhận hồ sơ đề nghị khen thưởng";
    private static final String REMINDER = "Nhắc nộp hồ sơ";
    private static final String CLOSING_REPORT = "Hết hạn nhận hồ sơ";

    @Autowired
    private MailDispatcher dispatcher;

    @RegisterExtension
    final GreenMailExtension smtp = smtpServer();

    @Test
    void aDeadlineMovedIntoThePastBeforeTheWindowOpened_sendsNoWindowOpenedMail() throws Exception {
        JsonNode campaign = createCampaign(today().plusDays(5), 20);
        assertThat(campaign.get("status").asText()).isEqualTo("DRAFT_WINDOW");
        String id = campaign.get("id").asText();
        runJobsOf(campaign);

        moveCongressDate(id, today().minusDays(30));
        runJobsOf(campaign);
        deliver();

        List<MimeMessage> mails = mailsOf(id);
        assertThat(subjectsTo(mails, UNIT_MAIL))
                .as("the unit hears of the campaign (so mail reaches it), but not of an open window")
                .anyMatch(s -> s.startsWith("Phát động phong trào thi đua"))
                .noneMatch(s -> s.startsWith(WINDOW_OPENED) || s.startsWith(REMINDER));
        assertThat(subjects(mails))
                .as("the window did close: the office lead has the report")
                .anyMatch(s -> s.startsWith(CLOSING_REPORT))
                .noneMatch(s -> s.startsWith(WINDOW_OPENED) || s.startsWith(REMINDER));
    }

    @Test
    void aWindowOpenedMailStillQueuedWhenTheDeadlineMovesIntoThePast_isNotSent() throws Exception {
        JsonNode campaign = createCampaign(today().minusDays(2), 20);
        assertThat(campaign.get("status").asText()).isEqualTo("OPEN");
        String id = campaign.get("id").asText();
        runJobsOf(campaign);
        assertThat(notifications(id, "PENDING"))
                .as("the window-opened notice waits in the outbox")
                .anyMatch(n -> n.get("subject").asText().startsWith(WINDOW_OPENED));

        moveCongressDate(id, today().minusDays(30));
        runJobsOf(campaign);
        deliver();

        assertThat(subjects(mailsOf(id))).noneMatch(s -> s.startsWith(WINDOW_OPENED) || s.startsWith(REMINDER));
        assertThat(notifications(id, "EXPIRED"))
                .as("kept, and shown as not sent")
                .isNotEmpty()
                .allMatch(n -> n.get("subject").asText().startsWith(WINDOW_OPENED));
    }

    private void moveCongressDate(String campaignId, java.time.LocalDate congressDate) {
        ApiResponse moved =
                api("vhxh").patch("/api/campaigns/{id}", Map.of("congressDate", congressDate.toString()), campaignId);
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.str("status")).isEqualTo("CLOSED");
    }

    private void runJobsOf(JsonNode campaign) {
        engine().runDueJobs(campaign.get("code").asText());
    }

    private void deliver() {
        for (int i = 0; i < 50 && dispatcher.dispatchDue() > 0; i++) {
            // until the outbox has nothing due
        }
    }

    private List<JsonNode> notifications(String campaignId, String status) {
        ApiResponse page = api("vhxh").get("/api/notifications?campaignId={c}&status={s}&size=200", campaignId, status);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        return items;
    }

    /** The messages GreenMail received about this campaign (the dedupe key names it). */
    private List<MimeMessage> mailsOf(String campaignId) throws MessagingException {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String key = message.getHeader("X-Khenthuong-Dedupe-Key", null);
            if (key != null && key.contains(campaignId)) {
                mine.add(message);
            }
        }
        return mine;
    }

    private static List<String> subjects(List<MimeMessage> mails) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject());
        }
        return subjects;
    }

    private static List<String> subjectsTo(List<MimeMessage> mails, String recipient) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            if (mail.getAllRecipients()[0].toString().equals(recipient)) {
                subjects.add(mail.getSubject());
            }
        }
        return subjects;
    }
}
