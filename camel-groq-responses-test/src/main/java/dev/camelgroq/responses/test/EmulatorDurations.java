package dev.camelgroq.responses.test;

import java.util.Locale;

/** Formats durations the way Groq writes them in {@code x-ratelimit-reset-*} headers: {@code 2m59.56s}, {@code 7.66s}, {@code 370ms}. */
final class EmulatorDurations {

    private EmulatorDurations() {
    }

    static String format(long millis) {
        if (millis < 1000) {
            return Math.max(0, millis) + "ms";
        }
        long minutes = millis / 60_000;
        double seconds = (millis % 60_000) / 1000.0;
        String secs = trim(String.format(Locale.ROOT, "%.2f", seconds)) + "s";
        if (minutes == 0) {
            return secs;
        }
        long hours = minutes / 60;
        return (hours > 0 ? hours + "h" + (minutes % 60) + "m" : minutes + "m") + secs;
    }

    private static String trim(String number) {
        if (!number.contains(".")) {
            return number;
        }
        String t = number.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
