package vn.bacson.khenthuong.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * How administrative documents write dates and amounts (Decree 30/2020): "ngày 05 tháng 9 năm 2025" — the day
 * below 10 and the months January and February take a leading zero; amounts with dots between thousands
 * ("2.808.000 đồng") and in words ("Hai triệu tám trăm linh tám nghìn đồng").
 */
public final class VietnameseText {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ", " nghìn tỷ", " triệu tỷ"};

    private VietnameseText() {}

    /** "ngày 05 tháng 9 năm 2025", "ngày 15 tháng 01 năm 2026". */
    public static String dateInWords(LocalDate date) {
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng "
                + (date.getMonthValue() < 3 ? twoDigits(date.getMonthValue()) : Integer.toString(date.getMonthValue()))
                + " năm " + date.getYear();
    }

    /** The place and date line: "Bắc Sơn, ngày 05 tháng 9 năm 2025". */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + dateInWords(date);
    }

    /** "05/09/2025". */
    public static String shortDate(LocalDate date) {
        return Formats.date(date);
    }

    /** 2808000 → "2.808.000". */
    public static String money(long amount) {
        return Formats.money(amount);
    }

    /** 0.3 → "0,3"; 1.50 → "1,5". */
    public static String decimal(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** 2808000 → "Hai triệu tám trăm linh tám nghìn đồng". */
    public static String moneyInWords(long amount) {
        return capitalize(numberInWords(amount)) + " đồng";
    }

    /** 2808000 → "hai triệu tám trăm linh tám nghìn"; 0 → "không". */
    public static String numberInWords(long number) {
        if (number == 0) {
            return DIGITS[0];
        }
        if (number < 0) {
            return "âm " + numberInWords(-number);
        }
        List<Integer> groups = new ArrayList<>();
        for (long n = number; n > 0; n /= 1000) {
            groups.add((int) (n % 1000));
        }
        List<String> words = new ArrayList<>();
        for (int i = groups.size() - 1; i >= 0; i--) {
            int group = groups.get(i);
            if (group == 0) {
                continue;
            }
            boolean leading = i == groups.size() - 1;
            words.add(threeDigits(group, leading) + GROUPS[i]);
        }
        return String.join(" ", words);
    }

    private static String threeDigits(int group, boolean leading) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        List<String> words = new ArrayList<>();
        boolean readHundreds = hundreds > 0 || !leading;
        if (readHundreds) {
            words.add(DIGITS[hundreds] + " trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (readHundreds) {
                    words.add("linh");
                }
                words.add(DIGITS[units]);
            }
        } else {
            words.add(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
            if (units == 1 && tens > 1) {
                words.add("mốt");
            } else if (units == 5) {
                words.add("lăm");
            } else if (units > 0) {
                words.add(DIGITS[units]);
            }
        }
        return String.join(" ", words);
    }

    /** "01", "02", ..., "10", "11": counts below ten take a leading zero in administrative texts. */
    static String count(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "02 tập thể, 01 hộ gia đình và 03 cá nhân". */
    static String joinCounts(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }

    /** A nominee type in running text: "cá nhân", "tập thể", "hộ gia đình". */
    static String nomineeTypeInText(NomineeType type) {
        return switch (type) {
            case INDIVIDUAL -> "cá nhân";
            case COLLECTIVE -> "tập thể";
            case HOUSEHOLD -> "hộ gia đình";
        };
    }

    /** 6 of 9 → "66,7". */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "0";
        }
        return decimal(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    /** A text as the paragraphs its lines make; blank lines dropped, none when the text is blank. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String joinNonBlank(String separator, String... parts) {
        return String.join(
                separator,
                Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A file name in ASCII: "Quyết định 12/QĐ-UBND" → "quyet-dinh-12-qd-ubnd". */
    static String fileSafe(String text) {
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
