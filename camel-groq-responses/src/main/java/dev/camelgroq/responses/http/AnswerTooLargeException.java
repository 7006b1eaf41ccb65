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
package dev.camelgroq.responses.http;

import java.io.IOException;

/**
 * The answer's body grew past the endpoint's {@code maxResponseSize}: reading stopped there and the connection was
 * dropped, so a huge or endless answer cannot exhaust the heap. Not worth another attempt.
 */
public class AnswerTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public AnswerTooLargeException(long limit) {
        super("the answer is larger than maxResponseSize=" + limit + " bytes: reading stopped there (raise"
              + " maxResponseSize if such answers are expected)");
    }

    /** A part of the answer (a streamed line or event) passed its cap; {@code message} says which and the cap. */
    public AnswerTooLargeException(String message) {
        super(message);
    }
}
