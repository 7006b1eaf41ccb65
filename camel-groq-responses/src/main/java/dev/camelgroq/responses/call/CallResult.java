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
package dev.camelgroq.responses.call;

import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.response.ParsedResponse;
import dev.camelgroq.responses.response.RateLimitHeaders;

/**
 * A successful call: the parsed answer, the raw HTTP answer, its rate-limit headers (read once), how many attempts it
 * took and how long it waited for rate-limit budget.
 */
public record CallResult(ParsedResponse response, HttpAnswer answer, RateLimitHeaders limits, int attempts,
                         long rateLimitWaitMillis) {
}
