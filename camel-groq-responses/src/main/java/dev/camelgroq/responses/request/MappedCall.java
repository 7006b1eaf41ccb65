package dev.camelgroq.responses.request;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What {@link RequestMapper} makes of one exchange: the resolved {@link CallSpec} and the request JSON built from it
 * (the output; conversation memory may put the history before its input).
 */
public record MappedCall(CallSpec spec, ObjectNode request) {

    /** The same call with another request (the history put before the input). */
    public MappedCall withRequest(ObjectNode other) {
        return new MappedCall(spec, other);
    }
}
