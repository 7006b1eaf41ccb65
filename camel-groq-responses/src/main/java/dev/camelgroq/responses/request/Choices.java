package dev.camelgroq.responses.request;

import java.util.List;

/** Checks that an option or header value is one of its allowed words. */
public final class Choices {

    private Choices() {
    }

    /** Returns {@code value} when allowed (or null), else throws naming {@code what}. */
    public static String require(String value, List<String> allowed, String what) {
        if (value == null || allowed.contains(value)) {
            return value;
        }
        throw new IllegalArgumentException(what + " must be one of " + String.join(", ", allowed) + ", but was '"
                                           + value + "'");
    }
}
