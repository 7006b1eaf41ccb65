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
package dev.camelgroq.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.test.EmulatorRequest;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** outputClass and jsonSchema: schema on the wire, local validation, typed bodies, repair. */
class StructuredOutputTest extends EmulatorTestSupport {

    public enum Sentiment {
        positive,
        negative,
        neutral
    }

    @JsonClassDescription("An aspect of the product and its score")
    public record Aspect(String name, int score) {
    }

    @JsonClassDescription("A product review")
    public record Review(
            @JsonProperty(value = "product_name", required = true) @JsonPropertyDescription("The product's name") String productName,
            double rating,
            @JsonProperty(required = true) Sentiment sentiment,
            @JsonProperty(value = "key_features", required = true) List<String> keyFeatures,
            List<Aspect> aspects,
            @JsonPropertyDescription("A remark, when there is one") String comment) {
    }

    private static final String REVIEW = "outputClass=" + Review.class.getName();

    @Test
    void strictSchemaFromARecordGivesARecordBody() {
        Exchange exchange = sendOk(REVIEW + "&strictSchema=true&schemaName=review", "Great headphones, 4.5 stars",
                Map.of());
        JsonNode format = lastJson().at("/text/format");
        assertThat(format.get("type").asText()).isEqualTo("json_schema");
        assertThat(format.get("name").asText()).isEqualTo("review");
        assertThat(format.get("strict").asBoolean()).isTrue();
        JsonNode schema = format.get("schema");
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        assertThat(schema.get("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("product_name", "rating", "sentiment", "key_features", "aspects", "comment");
        assertThat(schema.at("/properties/comment/type")).extracting(JsonNode::asText).containsExactly("string", "null");
        assertThat(schema.at("/properties/comment/description").asText()).isEqualTo("A remark, when there is one");
        assertThat(schema.at("/properties/product_name/description").asText()).isEqualTo("The product's name");
        assertThat(schema.at("/properties/sentiment/enum")).extracting(JsonNode::asText)
                .containsExactly("positive", "negative", "neutral");
        assertThat(schema.at("/properties/aspects/items/additionalProperties").asBoolean(true)).isFalse();

        Review review = exchange.getMessage().getBody(Review.class);
        assertThat(review.sentiment()).isEqualTo(Sentiment.positive);
        assertThat(review.productName()).isNotBlank();
        assertThat(review.keyFeatures()).isNotEmpty();
        assertThat(review.aspects()).isNotEmpty();
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.REPAIRS)).isEqualTo(0);
    }

    @Test
    void nonStrictSchemaMarksOnlyRequiredFields() {
        sendOk(REVIEW, "Fine kettle", Map.of());
        JsonNode schema = lastJson().at("/text/format/schema");
        assertThat(lastJson().at("/text/format/strict").asBoolean()).isFalse();
        assertThat(schema.get("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("product_name", "rating", "sentiment", "key_features");
    }

    @Test
    void jsonSchemaWithMapOutput() {
        Exchange exchange = sendOk("jsonSchema=classpath:schemas/review.json&outputType=map", "Nice", Map.of());
        Map<?, ?> body = exchange.getMessage().getBody(Map.class);
        assertThat(body.get("sentiment")).isEqualTo("positive");
        assertThat(body.get("key_features")).isInstanceOf(List.class);
    }

    @Test
    void invalidAnswerIsRepairedWithTheValidationErrors() {
        emulator().enqueue(Reply.json("{\"product_name\": 5, \"rating\": 9}"));
        Exchange exchange = sendOk(REVIEW, "Great headphones", Map.of());
        assertThat(exchange.getMessage().getBody(Review.class).productName()).isNotBlank();
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.REPAIRS)).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.MODEL_CALLS)).isEqualTo(2);
        EmulatorRequest repair = emulator().lastRequest();
        List<JsonNode> messages = repair.inputItems("message");
        assertThat(messages.get(1).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(1).toString()).contains("{\\\"product_name\\\": 5");
        assertThat(messages.get(2).path("content").asText()).contains("does not match").contains("product_name");
    }

    @Test
    void groqJsonValidateFailedIsRepaired() {
        emulator().enqueue(Reply.error(400, "invalid_request_error", "json_validate_failed",
                "Failed to validate JSON").failedGeneration("{\"product_name\": \"X\""));
        Exchange exchange = sendOk(REVIEW + "&maxRetries=0", "Great headphones", Map.of());
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.REPAIRS)).isEqualTo(1);
        List<JsonNode> messages = emulator().lastRequest().inputItems("message");
        assertThat(messages.get(1).path("content").asText()).isEqualTo("{\"product_name\": \"X\"");
        assertThat(messages.get(2).path("content").asText()).contains("Failed to validate JSON");
    }

    @Test
    void stillInvalidAfterTheRepairsFails() {
        emulator().when(r -> true).thenReply(Reply.json("{\"product_name\": \"X\"}"));
        Exchange exchange = send(REVIEW + "&structuredOutputRetries=2", "Great headphones", Map.of());
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getErrorCode()).isEqualTo("json_validate_failed");
        assertThat(e.getFailedGeneration()).isEqualTo("{\"product_name\": \"X\"}");
        assertThat(e.getValidationErrors()).isNotEmpty().anyMatch(m -> m.contains("rating"));
        assertThat(e.getMessage()).contains("after 2 repair(s)");
        assertThat(emulator().requestCount()).isEqualTo(3);
    }

    @Test
    void notJsonAtAllIsAValidationProblem() {
        emulator().when(r -> true).thenReply(Reply.text("Sure! Here is the review."));
        GroqResponsesException e = send(REVIEW + "&structuredOutputRetries=0", "x", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e.getValidationErrors()).anyMatch(m -> m.contains("not valid JSON"));
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void unknownOutputClassIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("outputClass=com.acme.Missing", "x", Map.of()))
                .rootCause().isInstanceOf(ClassNotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("outputClass=com.acme.Missing", "x", Map.of()))
                .hasStackTraceContaining("Option outputClass: class com.acme.Missing not found");
    }
}
