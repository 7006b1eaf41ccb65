package dev.camelgroq.responses;

import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small check against real Groq, so a maintainer with a key can confirm the emulator still tells the truth: the
 * answer shape and headers, strict structured output, and the error shape. Runs in {@code mvn verify} only when
 * {@code GROQ_API_KEY} is set; skipped with a message otherwise. Three short calls on a small model.
 */
class GroqLiveIT {

    private static final String MODEL = "openai/gpt-oss-20b";
    private static CamelContext context;
    private static ProducerTemplate template;

    private static boolean hasKey() {
        String key = System.getenv("GROQ_API_KEY");
        return key != null && !key.isBlank();
    }

    @BeforeAll
    static void start() {
        if (hasKey()) {
            context = new DefaultCamelContext();
            context.start();
            template = context.createProducerTemplate();
        }
    }

    @BeforeEach
    void needsAKey() {
        Assumptions.assumeTrue(hasKey(), "GROQ_API_KEY is not set: skipping the live check against api.groq.com");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void answerCarriesTheContractHeaders() {
        Exchange exchange = template.request("groq-responses:live?model=" + MODEL + "&maxOutputTokens=200"
                                             + "&reasoningEffort=low",
                x -> x.getIn().setBody("Reply with the single word: pong"));
        assertThat(exchange.getException()).isNull();
        var m = exchange.getMessage();
        assertThat(m.getBody(String.class)).isNotBlank();
        assertThat(m.getHeader(GroqResponsesConstants.STATUS)).isIn("completed", "incomplete");
        assertThat(m.getHeader(GroqResponsesConstants.RESPONSE_ID, String.class)).startsWith("resp_");
        assertThat(m.getHeader(GroqResponsesConstants.INPUT_TOKENS, Long.class)).isPositive();
        assertThat(m.getHeader(GroqResponsesConstants.OUTPUT_TOKENS, Long.class)).isPositive();
        assertThat(m.getHeader(GroqResponsesConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(m.getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS, Long.class)).isNotNull();
        assertThat(m.getHeader(GroqResponsesConstants.RATE_LIMIT_RESET_TOKENS, Long.class)).isNotNull();
        assertThat(m.getHeader(GroqResponsesConstants.TOTAL_TIME, Double.class)).isPositive();
    }

    @Test
    void strictStructuredOutputMatchesTheSchema() {
        Exchange exchange = template.request("groq-responses:live?model=" + MODEL + "&textFormat=json_schema"
                                             + "&strictSchema=true&outputType=map&reasoningEffort=low&jsonSchema=RAW("
                                             + "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                                             + "\"required\":[\"city\"],\"additionalProperties\":false})",
                x -> x.getIn().setBody("Paris is lovely in spring."));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsKey("city");
    }

    @Test
    void unknownModelFailsLikeTheEmulatorSays() {
        Exchange exchange = template.request("groq-responses:live?model=no-such/model&maxRetries=0",
                x -> x.getIn().setBody("Hi"));
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getErrorCode()).isEqualTo("model_not_found");
        assertThat(e.getMessage()).doesNotContain(System.getenv("GROQ_API_KEY"));
    }
}
