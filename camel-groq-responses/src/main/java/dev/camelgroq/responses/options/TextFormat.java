package dev.camelgroq.responses.options;

/** The {@code textFormat} option: the request's {@code text.format.type}. */
public enum TextFormat {
    TEXT("text"),
    JSON_OBJECT("json_object"),
    JSON_SCHEMA("json_schema");

    private final String value;

    TextFormat(String value) {
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
