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
package dev.camelgroq.responses.stream;

import java.io.IOException;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.response.DetailedFailure;

/**
 * A streamed answer that ended without {@code response.completed}: an {@code error} event, {@code response.failed},
 * {@code response.incomplete}, a cut stream, no event within {@code requestTimeout}, or a failing {@code streamTo}
 * endpoint. Carries the details the final {@link GroqResponsesException} is built from, including whether another
 * attempt is allowed (only while no delta has reached the route).
 */
public final class StreamFailure extends IOException implements DetailedFailure {

    private static final long serialVersionUID = 1L;

    private final transient GroqResponsesException.Details details;

    public StreamFailure(GroqResponsesException.Details details, Throwable cause) {
        super(details.errorMessage(), cause);
        this.details = details;
    }

    @Override
    public GroqResponsesException.Details details() {
        return details;
    }
}
