package dev.camelgroq.responses.observe;

import dev.camelgroq.responses.GroqResponsesConfiguration;

/**
 * What observability needs to know of an endpoint (the span decorator, the console report, the JMX statistics): its
 * name, its configuration and its observer. The endpoint implements it, so this package never points up to it.
 */
public interface ObservedEndpoint {

    /** The endpoint's logical name (the step's purpose). */
    String getName();

    GroqResponsesConfiguration getConfiguration();

    /** The endpoint's observer, or null before it started. */
    EndpointObserver getObserver();
}
