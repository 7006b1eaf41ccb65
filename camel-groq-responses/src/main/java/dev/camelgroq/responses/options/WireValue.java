package dev.camelgroq.responses.options;

import java.util.Locale;

/** An option enum whose URI and wire value is its constant's name in lower case (json_schema, on_demand, ...). */
public interface WireValue {

    /** The constant's name, as Java gives it to every enum. */
    String name();

    /** The value as written in URIs and sent on the wire. */
    default String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the option's documentation lists this value (false for a value kept only to refuse it clearly). */
    default boolean listed() {
        return true;
    }
}
