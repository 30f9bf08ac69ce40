package vn.bacson.khenthuong.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.bacson.khenthuong.common.Formats;

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

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
