package dev.camelgroq.responses.options;

/** The {@code outputType} option: the body type of a structured answer given by jsonSchema. */
public enum OutputType implements WireValue {
    STRING,
    MAP;
}
