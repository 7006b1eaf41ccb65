package dev.camelgroq.responses.response;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations Groq sends in {@code x-ratelimit-reset-*}: {@code 2m59.56s}, {@code 7.66s}, {@code 370ms}, {@code 1h2m}. */
public final class GroqDurations {

    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    private GroqDurations() {
    }

    /** The duration in milliseconds (rounded up), or null when the text is absent or not a duration. */
    public static Long parseMillis(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Matcher m = PART.matcher(t);
        double millis = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                return null;
            }
            double value = Double.parseDouble(m.group(1));
            switch (m.group(2)) {
                case "h":
                    millis += value * 3_600_000;
                    break;
                case "m":
                    millis += value * 60_000;
                    break;
                case "s":
                    millis += value * 1000;
                    break;
                default:
                    millis += value;
            }
            end = m.end();
        }
        if (end == 0 || end != t.length()) {
            return null;
        }
        return (long) Math.ceil(millis - 1e-6);
    }
}
