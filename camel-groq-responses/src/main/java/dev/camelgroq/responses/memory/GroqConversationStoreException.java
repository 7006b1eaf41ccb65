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
package dev.camelgroq.responses.memory;

import dev.camelgroq.responses.GroqResponsesException;

/**
 * The conversation store failed (database unreachable, table missing, conflicts that would not settle). When it fails
 * while loading, no model call is made; when it fails while recording, the answer is on the exchange but the turn is
 * not stored, and the exchange fails so that the route knows.
 */
public class GroqConversationStoreException extends GroqResponsesException {

    private static final long serialVersionUID = 1L;

    public GroqConversationStoreException(String message, Throwable cause) {
        super(message, cause, new Details().status(0).type("conversation_store").retryable(true).message(message));
    }
}
