package dev.camelgroq.responses.options;

/** The {@code outputType} option: the body type of a structured answer given by jsonSchema. */
public enum OutputType {
    STRING("string"),
    MAP("map");

    private final String value;

    OutputType(String value) {
        this.value = value;
    }

    /** The value as written in URIs and sent on the wire. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
