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
