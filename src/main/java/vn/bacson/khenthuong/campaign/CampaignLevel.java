package vn.bacson.khenthuong.campaign;

/** Who launched the campaign: for an individual's provincial Bằng khen only a province campaign is a ground. */
public enum CampaignLevel {
    COMMUNE,
    PROVINCE
}
