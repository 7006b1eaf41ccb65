package dev.camelgroq.examples.kafka;

import dev.camelgroq.responses.GroqResponsesException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Puts why a record failed into Kafka headers of its dead-letter copy: {@code groq-error-status} (HTTP status, 0 when
 * no answer), {@code groq-error-code}, {@code groq-error-message}, {@code groq-error-attempts} and
 * {@code error-class}.
 */
final class DeadLetterHeaders implements Processor {

    static final String STATUS = "groq-error-status";
    static final String CODE = "groq-error-code";
    static final String MESSAGE = "groq-error-message";
    static final String ATTEMPTS = "groq-error-attempts";
    static final String ERROR_CLASS = "error-class";

    @Override
    public void process(Exchange exchange) {
        Exception error = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        var message = exchange.getMessage();
        message.setHeader(ERROR_CLASS, error == null ? "unknown" : error.getClass().getName());
        if (error instanceof GroqResponsesException groq) {
            message.setHeader(STATUS, String.valueOf(groq.getStatusCode()));
            message.setHeader(CODE, String.valueOf(groq.getErrorCode()));
            message.setHeader(MESSAGE, String.valueOf(groq.getErrorMessage()));
            message.setHeader(ATTEMPTS, String.valueOf(groq.getAttempts()));
        } else {
            message.setHeader(STATUS, "0");
            message.setHeader(CODE, "invalid_record");
            message.setHeader(MESSAGE, error == null ? "unknown" : String.valueOf(error.getMessage()));
        }
    }
}
