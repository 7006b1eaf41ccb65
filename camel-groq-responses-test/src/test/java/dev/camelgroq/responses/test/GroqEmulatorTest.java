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
        assertThat(limited.headers().firstValue("x-ratelimit-remaining-requests").orElseThrow()).isEqualTo("0");
        assertThat(MAPPER.readTree(limited.body()).at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
        assertThat(GROQ.emulator().answeredWith(429)).isEqualTo(1);
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
