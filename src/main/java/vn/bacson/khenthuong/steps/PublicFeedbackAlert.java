package vn.bacson.khenthuong.steps;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.posting.FeedbackReceived;

/** Citizens' feedback during a public posting becomes an e-mail to the office lead (outbox, same transaction). */
@Component
class PublicFeedbackAlert {

    private final ReviewSteps steps;

    PublicFeedbackAlert(ReviewSteps steps) {
        this.steps = steps;
    }

    @EventListener
    void on(FeedbackReceived event) {
        steps.publicFeedbackReceived(event.dossierId(), event.campaignId(), event.receivedAt(), event.postingEndsAt());
    }
}
