package org.groundwork.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How dates and times read everywhere in the app; an empty value reads as a dash, not as "null". */
public final class Formats {

    public static final String EMPTY = "—";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy, h:mm a",
            Locale.US);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? EMPTY : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? EMPTY : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
