package dev.camelgroq.responses.options;

/** The {@code textFormat} option: the request's {@code text.format.type}. */
public enum TextFormat implements WireValue {
    TEXT,
    JSON_OBJECT,
    JSON_SCHEMA;
}
