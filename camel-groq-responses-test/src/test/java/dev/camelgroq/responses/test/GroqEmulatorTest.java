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
package dev.camelgroq.responses.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator answers like Groq's Responses API page shows, and refuses what Groq refuses. */
class GroqEmulatorTest {

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static HttpResponse<String> post(String body, String auth, String beta) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/responses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (beta != null) {
            b.header("Groq-Beta", beta);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersWithTheShapeOfGroqsReferenceResponse() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"How are AI models trained?"
                                             + " Be brief.\",\"reasoning\":{\"effort\":\"low\"}}", "Bearer k",
                "inference-metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = MAPPER.readTree(response.body());
        assertThat(json.get("id").asText()).startsWith("resp_");
        assertThat(json.get("object").asText()).isEqualTo("response");
        assertThat(json.get("status").asText()).isEqualTo("completed");
        assertThat(json.get("output").get(0).get("type").asText()).isEqualTo("reasoning");
        assertThat(json.at("/output/0/content/0/type").asText()).isEqualTo("reasoning_text");
        assertThat(json.at("/output/1/type").asText()).isEqualTo("message");
        assertThat(json.at("/output/1/content/0/type").asText()).isEqualTo("output_text");
        assertThat(json.at("/output/1/content/0/annotations").isArray()).isTrue();
        assertThat(json.at("/reasoning/effort").asText()).isEqualTo("low");
        assertThat(json.get("truncation").asText()).isEqualTo("disabled");
        assertThat(json.get("store").asBoolean()).isFalse();
        assertThat(json.at("/usage/total_tokens").asLong())
                .isEqualTo(json.at("/usage/input_tokens").asLong() + json.at("/usage/output_tokens").asLong());
        assertThat(json.at("/usage/input_tokens_details/cached_tokens").isNumber()).isTrue();
        assertThat(json.at("/metadata/completion_time").isTextual()).isTrue();
        assertThat(Double.parseDouble(json.at("/metadata/total_time").asText())).isPositive();
        assertThat(response.headers().firstValue("x-request-id").orElseThrow()).startsWith("req_");
        assertThat(response.headers().firstValue("x-ratelimit-remaining-requests")).isPresent();
        assertThat(response.headers().firstValue("x-ratelimit-reset-tokens")).isPresent();
        assertThat(GROQ.emulator().lastRequest().header("Groq-Beta")).isEqualTo("inference-metrics");
    }

    @Test
    void noMetricsWithoutTheBetaHeader() throws Exception {
        JsonNode json = MAPPER.readTree(post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"hi\"}", "Bearer k", null)
                .body());
        assertThat(json.get("metadata").has("completion_time")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing key|{\"model\":\"openai/gpt-oss-20b\",\"input\":\"hi\"}|-|401|invalid_api_key",
            "bad JSON|{\"model\":|Bearer k|400|",
            "no model|{\"input\":\"hi\"}|Bearer k|400|",
            "unknown model|{\"model\":\"acme/x\",\"input\":\"hi\"}|Bearer k|404|model_not_found",
            "unsupported store|{\"model\":\"openai/gpt-oss-20b\",\"input\":\"hi\",\"store\":true}|Bearer k|400|",
            "unknown field|{\"model\":\"openai/gpt-oss-20b\",\"input\":\"hi\",\"seed\":1}|Bearer k|400|",
            "bad temperature|{\"model\":\"openai/gpt-oss-20b\",\"input\":\"hi\",\"temperature\":3}|Bearer k|400|",
            "schema without name|{\"model\":\"openai/gpt-oss-20b\",\"input\":\"hi\",\"text\":{\"format\":{\"type\":\"json_schema\",\"schema\":{}}}}|Bearer k|400|"
    })
    void refusesLikeGroq(String what, String body, String auth, int status, String code) throws Exception {
        HttpResponse<String> response = post(body, "-".equals(auth) ? null : auth, null);
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = MAPPER.readTree(response.body()).get("error");
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("type").asText()).isNotBlank();
        if (code != null) {
            assertThat(error.get("code").asText()).isEqualTo(code);
        }
    }

    @Test
    void jsonSchemaRequestsGetConformingDocuments() throws Exception {
        String schema = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"n\":{\"type\":\"integer\","
                        + "\"minimum\":10},\"tags\":{\"type\":\"array\",\"items\":{\"enum\":[\"a\",\"b\"]}},"
                        + "\"opt\":{\"anyOf\":[{\"type\":\"null\"},{\"type\":\"boolean\"}]}},\"required\":[\"name\"]}";
        JsonNode json = MAPPER.readTree(post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"Ada\",\"text\":{\"format\":"
                                             + "{\"type\":\"json_schema\",\"name\":\"x\",\"schema\":" + schema + "}}}",
                "Bearer k", null).body());
        JsonNode doc = MAPPER.readTree(json.at("/output/0/content/0/text").asText());
        assertThat(doc.get("name").asText()).contains("Ada");
        assertThat(doc.get("n").asInt()).isGreaterThanOrEqualTo(10);
        assertThat(doc.get("tags").get(0).asText()).isEqualTo("a");
        assertThat(doc.get("opt").isBoolean()).isTrue();
    }

    @Test
    void rateLimitsAnswer429WithRetryAfter() throws Exception {
        GROQ.emulator().rateLimits(1, Duration.ofMinutes(1), 1_000_000, Duration.ofMinutes(1));
        assertThat(post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"a\"}", "Bearer k", null).statusCode())
                .isEqualTo(200);
        HttpResponse<String> limited = post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"b\"}", "Bearer k", null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("retry-after").orElseThrow())).isBetween(1L, 60L);
        // the request headers describe the day (1,440 windows), the per-minute limit shows only in the 429
        assertThat(limited.headers().firstValue("x-ratelimit-remaining-requests").orElseThrow()).isEqualTo("1439");
        JsonNode error = MAPPER.readTree(limited.body()).get("error");
        assertThat(error.get("code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(error.get("type").asText()).isEqualTo("requests");
        assertThat(error.get("message").asText()).contains("requests per minute (RPM): Limit 1, Used 1, Requested 1.")
                .containsPattern("Please try again in [0-9.ms]+\\.$");
        assertThat(GROQ.emulator().answeredWith(429)).isEqualTo(1);
    }

    @Test
    void tokenBucketsRefillContinuouslyAndReportTimeUntilFull() throws Exception {
        // 10,000 tokens per 100 minutes: nothing refills noticeably during the test
        GROQ.emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(1000).tokensPerMinute(10_000)
                .minute(Duration.ofMinutes(100)));
        HttpResponse<String> first = post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"" + "x".repeat(10_000)
                                          + "\"}", "Bearer k", null);
        long remaining = Long.parseLong(first.headers().firstValue("x-ratelimit-remaining-tokens").orElseThrow());
        assertThat(remaining).isBetween(1L, 9_000L);
        // time until full = used / rate, with the rate 10,000 tokens per 6,000 s: 0.6 s per token
        long resetMillis = millis(first.headers().firstValue("x-ratelimit-reset-tokens").orElseThrow());
        assertThat(resetMillis).isCloseTo((10_000 - remaining) * 600, org.assertj.core.data.Offset.offset(600L));
        String big = "x".repeat(4 * (int) (remaining + 100));
        HttpResponse<String> limited = post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"" + big + "\"}",
                "Bearer k", null);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(MAPPER.readTree(limited.body()).at("/error/type").asText()).isEqualTo("tokens");
        assertThat(MAPPER.readTree(limited.body()).at("/error/message").asText())
                .contains("on tokens per minute (TPM): Limit 10000, Used " + (10_000 - remaining) + ", Requested ");
        assertThat(Long.parseLong(limited.headers().firstValue("retry-after").orElseThrow())).isPositive();
    }

    /** Reads the emulator's own format: {@code 1h2m3.5s}, {@code 7.66s}, {@code 370ms}. */
    private static long millis(String duration) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:([\\d.]+)s)?(?:(\\d+)ms)?")
                .matcher(duration);
        assertThat(m.matches()).as(duration).isTrue();
        return (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3_600_000)
               + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60_000)
               + (m.group(3) == null ? 0 : Math.round(Double.parseDouble(m.group(3)) * 1000))
               + (m.group(4) == null ? 0 : Long.parseLong(m.group(4)));
    }

    @Test
    void fixedWindowModeReportsTheWindowInTheRequestHeaders() throws Exception {
        GROQ.emulator().rateLimits(RateLimits.fixedWindow().requestsPerMinute(2).tokensPerMinute(1_000_000));
        post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"a\"}", "Bearer k", null);
        HttpResponse<String> second = post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"a\"}", "Bearer k", null);
        assertThat(second.headers().firstValue("x-ratelimit-remaining-requests").orElseThrow()).isEqualTo("0");
        assertThat(post("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"a\"}", "Bearer k", null).statusCode())
                .isEqualTo(429);
    }

    @Test
    void scriptedRepliesAreUsedTheirNumberOfTimes() throws Exception {
        GROQ.emulator().when(RequestMatchers.inputContains("refund")).times(1).thenReply(Reply.text("negative"));
        String body = "{\"model\":\"openai/gpt-oss-20b\",\"input\":\"I want a refund\"}";
        assertThat(MAPPER.readTree(post(body, "Bearer k", null).body()).at("/output/0/content/0/text").asText())
                .isEqualTo("negative");
        assertThat(MAPPER.readTree(post(body, "Bearer k", null).body()).at("/output/0/content/0/text").asText())
                .startsWith("Emulated answer to: I want a refund");
        assertThat(GROQ.emulator().requests()).hasSize(2);
    }

    @Test
    void listsModels() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/models"))
                .header("Authorization", "Bearer k").build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = MAPPER.readTree(response.body());
        assertThat(json.get("object").asText()).isEqualTo("list");
        assertThat(json.get("data")).extracting(m -> m.get("id").asText()).contains("openai/gpt-oss-20b");
    }

    @ParameterizedTest
    @CsvSource({ "370,370ms", "7660,7.66s", "179560,2m59.56s", "60000,1m0s", "3723000,1h2m3s" })
    void formatsDurationsLikeGroq(long millis, String text) {
        assertThat(EmulatorDurations.format(millis)).isEqualTo(text);
    }
}
