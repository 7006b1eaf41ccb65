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
package dev.camelgroq.responses.structured;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.request.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rewrite Groq's strict mode needs: all properties required, no additional ones, optional ones nullable. */
class StrictSchemasTest {

    private static ObjectNode strict(String schema) {
        return StrictSchemas.strictify((ObjectNode) Json.parse(schema, "test schema"));
    }

    @Test
    void everyPropertyBecomesRequiredAndOptionalOnesNullable() {
        ObjectNode s = strict("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},"
                              + "\"age\":{\"type\":\"integer\"}},\"required\":[\"name\"]}");
        assertThat(s.get("required")).extracting(JsonNode::asText).containsExactly("name", "age");
        assertThat(s.get("additionalProperties").asBoolean(true)).isFalse();
        assertThat(s.at("/properties/name/type").asText()).isEqualTo("string");
        assertThat(s.at("/properties/age/type")).extracting(JsonNode::asText).containsExactly("integer", "null");
    }

    @Test
    void nestedObjectsAndArrayItemsAreRewrittenToo() {
        ObjectNode s = strict("{\"type\":\"object\",\"properties\":{\"items\":{\"type\":\"array\",\"items\":"
                              + "{\"type\":\"object\",\"properties\":{\"sku\":{\"type\":\"string\"}}}}},"
                              + "\"required\":[\"items\"]}");
        JsonNode item = s.at("/properties/items/items");
        assertThat(item.get("required")).extracting(JsonNode::asText).containsExactly("sku");
        assertThat(item.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void enumsAndTypelessPropertiesBecomeNullableThroughAnyOf() {
        ObjectNode s = strict("{\"type\":\"object\",\"properties\":{\"mood\":{\"type\":\"string\",\"enum\":[\"a\","
                              + "\"b\"]},\"ref\":{\"$ref\":\"#/$defs/X\"}}}");
        assertThat(s.at("/properties/mood/anyOf/0/enum")).hasSize(2);
        assertThat(s.at("/properties/mood/anyOf/1/type").asText()).isEqualTo("null");
        assertThat(s.at("/properties/ref/anyOf/1/type").asText()).isEqualTo("null");
    }

    @Test
    void aTypeArrayGetsNullOnce() {
        ObjectNode s = strict("{\"type\":\"object\",\"properties\":{\"a\":{\"type\":[\"string\",\"null\"]},"
                              + "\"b\":{\"type\":[\"number\"]}}}");
        assertThat(s.at("/properties/a/type")).hasSize(2);
        assertThat(s.at("/properties/b/type")).extracting(JsonNode::asText).containsExactly("number", "null");
    }

    @Test
    void rewritingTwiceChangesNothingMore() {
        String schema = "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}}}";
        ObjectNode once = strict(schema);
        assertThat(StrictSchemas.strictify(once.deepCopy())).isEqualTo(once);
    }
}
