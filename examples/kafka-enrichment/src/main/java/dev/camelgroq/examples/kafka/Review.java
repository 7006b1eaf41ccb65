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
