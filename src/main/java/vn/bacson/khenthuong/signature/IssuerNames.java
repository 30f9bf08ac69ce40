package vn.bacson.khenthuong.signature;

import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Whether a certificate names the body that issues a document: the issuing body's name (e.g. "ỦY BAN NHÂN DÂN XÃ
 * VŨ LỄ") appears, as whole words, in the subject's organisation (O), organisational unit (OU) or common name (CN) —
 * not in the locality, which for a commune's certificate is often the province. Certificates write the same name in
 * many ways, so both sides are compared after folding: case, Unicode composition, the tone mark on either vowel
 * ("Thủy" and "Thuỷ"), "UBND" for "Ủy ban nhân dân"; a subject written without diacritics ("UBND xa Vu Le", as
 * some CAs issue them) is compared without diacritics, since it cannot tell "Bắc Sơn" from "Bạc Sơn".
 */
final class IssuerNames {

    /** The subject attributes that say who the certificate is for. */
    private static final List<ASN1ObjectIdentifier> NAMING = List.of(BCStyle.O, BCStyle.OU, BCStyle.CN);

    /** The five Vietnamese tone marks as combining characters; other marks (ơ, ư, ă, â, ê, ô) belong to the letter. */
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /** Abbreviations of the issuing bodies' names, as certificates write them. */
    private static final Map<String, String> ABBREVIATIONS =
            Map.of("ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "hdnd", "hội đồng nhân dân");

    private IssuerNames() {}

    /** Whether {@code certificate}'s subject names {@code issuerName}; false for a blank name. */
    static boolean names(X509Certificate certificate, String issuerName) {
        if (issuerName == null || issuerName.isBlank()) {
            return false;
        }
        X500Name subject =
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (ASN1ObjectIdentifier type : NAMING) {
            for (RDN rdn : subject.getRDNs(type)) {
                for (AttributeTypeAndValue value : rdn.getTypesAndValues()) {
                    if (value.getType().equals(type)
                            && contains(IETFUtils.valueToString(value.getValue()), issuerName)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code name} as a run of whole words, folded as described above. */
    static boolean contains(String text, String name) {
        boolean plain = text.chars().allMatch(c -> c < 128);
        List<String> words = words(text, plain);
        List<String> wanted = words(name, plain);
        return !wanted.isEmpty() && Collections.indexOfSubList(words, wanted) >= 0;
    }

    /**
     * The words of a text, lower case, each with its tone moved to the end ("thủy", "thuỷ" → "thuy" + hook) or,
     * {@code plain}, without any diacritics ("bắc" → "bac", "đ" → "d"); known abbreviations written out.
     */
    static List<String> words(String text, boolean plain) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        StringBuilder tone = new StringBuilder();
        for (int i = 0; i <= decomposed.length(); i++) {
            char c = i < decomposed.length() ? decomposed.charAt(i) : ' ';
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                if (plain) {
                    continue;
                }
                if (TONES.indexOf(c) >= 0) {
                    tone.setLength(0);
                    tone.append(c);
                } else {
                    letters.append(c);
                }
            } else if (Character.isLetterOrDigit(c)) {
                letters.append(plain && c == 'đ' ? 'd' : c);
            } else if (!letters.isEmpty()) {
                String word = Normalizer.normalize(letters, Normalizer.Form.NFC) + tone;
                String full = ABBREVIATIONS.get(Normalizer.normalize(word, Normalizer.Form.NFC));
                words.addAll(full == null ? List.of(word) : words(full, plain));
                letters.setLength(0);
                tone.setLength(0);
            }
        }
        return words;
    }
}
