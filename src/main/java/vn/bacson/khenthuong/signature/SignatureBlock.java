package vn.bacson.khenthuong.signature;

import java.time.ZonedDateTime;

/**
 * What the visible signature shows (Decree 30/2020): the organisation's seal image, the signer's name and title,
 * the organisation and the signing time in Asia/Ho_Chi_Minh.
 */
record SignatureBlock(
        byte[] sealPng, String signerName, String signerTitle, String organization, ZonedDateTime signedAt) {}
