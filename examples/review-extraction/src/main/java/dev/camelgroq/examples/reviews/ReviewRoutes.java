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
