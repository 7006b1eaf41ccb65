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
