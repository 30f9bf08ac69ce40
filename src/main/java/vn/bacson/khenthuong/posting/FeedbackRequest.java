package vn.bacson.khenthuong.posting;

/**
 * Body of POST /api/public/postings/{dossierId}/feedback (and the fields of the public page's form).
 *
 * @param senderName who writes (required, at most 100 characters)
 * @param contact a phone number or an e-mail address to answer (optional)
 * @param content the message (required, at most 2000 characters)
 * @param nomineeId the nominee it is about (optional; a nominee of the posted dossier)
 */
public record FeedbackRequest(String senderName, String contact, String content, String nomineeId) {}
