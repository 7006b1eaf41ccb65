package dev.camelgroq.examples.reviews;

import org.apache.camel.builder.RouteBuilder;

/**
 * Reads review files, asks Groq for structured data that follows review-schema.json, and writes one JSON file per
 * review. Headers set by the component (tokens, rate-limit state) go to the log.
 */
public class ReviewRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{reviews.input}}?noop=true&include=.*\\.txt&sortBy=file:name")
                .routeId("extract-reviews")
                .convertBodyTo(String.class)
                .to("groq-responses:extract?model={{groq.model}}&schemaName=product_review"
                    + "&jsonSchema=classpath:review-schema.json"
                    + "&instructions=Extract product review information from the text.")
                .log("${file:name} -> ${body}")
                .log("   tokens=${header.CamelGroqResponsesTotalTokens}"
                     + " remainingRequests=${header.CamelGroqResponsesRateLimitRemainingRequests}"
                     + " retries=${header.CamelGroqResponsesRetries}")
                .to("file:{{reviews.output}}?fileName=${file:name.noext}.json");
    }
}
