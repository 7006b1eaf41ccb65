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
package dev.camelgroq.examples.reviews;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The example job end to end against the in-process emulator: one JSON file per review, following the schema. */
class ReviewExtractionAppTest {

    @Test
    void extractsEveryReview(@TempDir Path out) throws Exception {
        ReviewExtractionApp.run("data/reviews", out.toString(), "openai/gpt-oss-20b", null, null);

        List<Path> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("001-headphones.json", "002-kettle.json", "003-backpack.json");
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : files) {
            JsonNode review = mapper.readTree(file.toFile());
            assertThat(review.fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("product_name", "rating", "sentiment", "key_features");
            assertThat(review.get("rating").asDouble()).isBetween(0.0, 5.0);
            assertThat(review.get("sentiment").asText()).isIn("positive", "negative", "neutral");
        }
        assertThat(new File("data/reviews").list()).hasSize(3);
    }
}
