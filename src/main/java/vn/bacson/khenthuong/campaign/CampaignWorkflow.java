package vn.bacson.khenthuong.campaign;

/** Port to the EmulationCampaign process (implemented by the process glue in package review). */
public interface CampaignWorkflow {

    /** A campaign was created: start its process (launch announcement, window timers, reminders). */
    void launched(Campaign campaign);

    /** The congress date or window length changed: the window timers follow. */
    void windowChanged(Campaign campaign);
}
