/*
 * Copyright 2026 The camel-groq-responses authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
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
