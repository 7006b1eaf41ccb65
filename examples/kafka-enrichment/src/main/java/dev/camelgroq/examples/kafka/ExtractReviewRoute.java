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

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The Groq step the pipeline enriches from: the review text in, a {@link Review} out. It has no error handling of
 * its own, so a failure returns to the pipeline's enrich() and is dead-lettered there, once.
 */
@Component
public class ExtractReviewRoute extends RouteBuilder {

    /** The endpoint the pipeline calls. */
    public static final String URI = "direct:extract";

    @Override
    public void configure() {
        // tag::extract[]
        errorHandler(noErrorHandler());

        from(URI)
                .routeId("extract-review")
                .setBody(simple("${body[text]}"))
                // model, instructions, key and retries come from camel.component.groq-responses.* (the starter)
                .to("groq-responses:extract?outputClass=" + Review.class.getName());
        // end::extract[]
    }
}
