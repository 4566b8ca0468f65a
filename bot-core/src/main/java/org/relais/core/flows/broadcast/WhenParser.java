package org.relais.core.flows.broadcast;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a coordinator wants a broadcast to go out, as they type it, read in the campaign's time zone:
 * {@code 2026-11-26 09:00} (also {@code 9h}, {@code 9 h 30}, {@code 9:30}, with a {@code T}), or a time
 * alone, meaning its next occurrence.
 */
public final class WhenParser {
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:\\s+à\\s+|\\s+at\\s+|\\s*[Tt]\\s*|\\s+)(.+)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:hH]\\s*(\\d{2})?)?");

    private WhenParser() {}

    /** The instant meant, if the text is one of the forms above; it may be in the past. */
    public static Optional<Instant> parse(String text, Instant now, ZoneId zone) {
        String typed = text.strip().replaceAll("\\s+", " ");
        try {
            Matcher full = DATE_TIME.matcher(typed);
            if (full.matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3)));
                return time(full.group(4)).map(t -> ZonedDateTime.of(LocalDateTime.of(day, t), zone).toInstant());
            }
            return time(typed).map(t -> {
                ZonedDateTime today = ZonedDateTime.of(LocalDateTime.of(LocalDate.ofInstant(now, zone), t), zone);
                return (today.toInstant().isAfter(now) ? today : today.plusDays(1)).toInstant();
            });
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty(); // 2026-02-30, 25:00
        }
    }

    private static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), minutes));
    }

    /** How an instant is shown back: {@code 2026-11-26 09:00}, in the campaign's zone. */
    public static String show(Instant at, ZoneId zone) {
        return SHOWN.format(at.atZone(zone));
    }
}
