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
package dev.camelgroq.responses.options;

/**
 * The {@code bodyFormat} option: how a String (or non-image bytes) body is read. Bodies are untrusted data by default:
 * only the route author can let them reconfigure the call.
 */
public enum BodyFormat implements WireValue {
    /** The body is always the input text, even when it looks like JSON. */
    TEXT,
    /** JSON array text is the input item list (a whole conversation); other text is the input text. */
    CONVERSATION,
    /**
     * JSON array text is the input item list and JSON object text with an {@code input} key is a request (its other
     * fields only as allowed by {@code bodyFields}); other text is the input text.
     */
    REQUEST;
}
