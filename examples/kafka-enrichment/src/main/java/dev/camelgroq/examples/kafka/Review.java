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
package dev.camelgroq.examples.kafka;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** What the model extracts from one review (the {@code outputClass} of the groq-responses step). */
@JsonClassDescription("Structured facts from one product review")
public record Review(
        @JsonProperty(required = true) @JsonPropertyDescription("The product reviewed, as named in the text") String product,
        @JsonProperty(required = true) @JsonPropertyDescription("The rating from 1 (worst) to 5 (best)") int rating,
        @JsonProperty(required = true) Sentiment sentiment,
        @JsonProperty(value = "key_features", required = true)
        @JsonPropertyDescription("Up to five product features the reviewer mentions") List<String> keyFeatures) {

    /** The reviewer's overall tone. */
    public enum Sentiment {
        positive,
        neutral,
        negative
    }
}
