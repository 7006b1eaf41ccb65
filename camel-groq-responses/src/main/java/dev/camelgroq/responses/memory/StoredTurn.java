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

import java.util.List;
import java.util.Map;

/**
 * One completed exchange of a conversation: its position ({@code sequence}, from 1) and its items (the new input, the
 * function calls with their outputs, and the answer's messages), as Responses API input items.
 */
public record StoredTurn(long sequence, List<Map<String, Object>> items) {

    public StoredTurn {
        items = List.copyOf(items);
    }
}
