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
package dev.camelgroq.responses.observe;

/**
 * Meter and tag names: the OpenTelemetry GenAI semantic conventions where they define one, {@code groq.*} for the
 * component's own figures. docs/observability.md lists them with their meaning.
 */
public final class MeterNames {

    public static final String TOKEN_USAGE = "gen_ai.client.token.usage";
    public static final String OPERATION_DURATION = "gen_ai.client.operation.duration";
    public static final String TIME_TO_FIRST_TOKEN = "groq.client.time_to_first_token";
    public static final String TOKEN_DETAILS = "groq.client.token.usage.details";
    public static final String SERVER_TIME = "groq.server.time";
    public static final String RETRIES = "groq.client.retries";
    public static final String REJECTED_ANSWERS = "groq.client.rejected_answers";
    public static final String GOVERNOR_WAIT = "groq.client.rate_limit.wait";
    public static final String GOVERNOR_QUEUE = "groq.client.rate_limit.queue";
    public static final String REMAINING = "groq.client.rate_limit.remaining";
    public static final String TOOL_CALLS = "groq.client.tool.calls";
    public static final String REPAIRS = "groq.client.structured_output.repairs";

    public static final String OPERATION = "gen_ai.operation.name";
    public static final String PROVIDER = "gen_ai.provider.name";
    public static final String REQUEST_MODEL = "gen_ai.request.model";
    public static final String RESPONSE_MODEL = "gen_ai.response.model";
    public static final String TOKEN_TYPE = "gen_ai.token.type";
    public static final String TOOL_NAME = "gen_ai.tool.name";
    public static final String ERROR_TYPE = "error.type";
    public static final String SERVER_ADDRESS = "server.address";
    public static final String ENDPOINT = "camel.groq.endpoint";
    public static final String STATUS_CODE = "http.response.status_code";
    public static final String TOKEN_DETAIL = "groq.token.detail";
    public static final String PHASE = "groq.phase";
    public static final String LIMIT_TYPE = "groq.limit.type";
    public static final String OUTCOME = "groq.tool.outcome";

    /** The value of a tag that does not apply (kept so that every meter of a name has the same tag keys). */
    public static final String NONE = "none";

    private MeterNames() {
    }
}
