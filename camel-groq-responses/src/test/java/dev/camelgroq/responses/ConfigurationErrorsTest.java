package dev.camelgroq.responses;

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Bad configuration fails at creation or start with a message that names the option. */
class ConfigurationErrorsTest extends EmulatorTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "jsonSchema=RAW({not json})|Option jsonSchema",
            "jsonSchema=classpath:schemas/missing.json|Option jsonSchema",
            "jsonSchema=just words|Option jsonSchema",
            "textFormat=yaml|Option textFormat must be one of text, json_object, json_schema",
            "reasoningEffort=extreme|Option reasoningEffort must be one of low, medium, high",
            "serviceTier=gold|Option serviceTier must be one of on_demand, flex",
            "builtinTools=web_search|Option builtinTools",
            "tools=RAW([{\"name\":\"no type\"}])|Option tools",
            "temperature=3|Option temperature",
            "textFormat=json_object&jsonSchema=classpath:schemas/review.json|textFormat=json_object",
            "rateLimiter=sometimes|Option rateLimiter must be one of adaptive, off",
            "streamTimeout=-1|Option streamTimeout must be at least 0",
            "maxParallelToolCalls=0|Option maxParallelToolCalls must be between 1 and 128",
            "maxParallelToolCalls=129|Option maxParallelToolCalls must be between 1 and 128"
    })
    void badOptionIsNamed(String option, String expected) {
        assertThatThrownBy(() -> template.sendBody(uri(option), "Hi"))
                .satisfies(e -> assertThat(causeMessages(e)).anyMatch(m -> m.contains(expected)));
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void badBaseUrlIsNamed() {
        assertThatThrownBy(() -> template.sendBody("groq-responses:x?model=m&apiKey=k&baseUrl=ftp://example.com", "Hi"))
                .satisfies(e -> assertThat(causeMessages(e)).anyMatch(m -> m.contains("Option baseUrl")));
    }

    private static java.util.List<String> causeMessages(Throwable e) {
        java.util.List<String> messages = new java.util.ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }

    @Test
    void jsonSchemaFormatWithoutSchemaFailsOnTheExchange() {
        Exchange exchange = send("textFormat=json_schema", "Hi", Map.of());
        assertThat(exchange.getException()).hasMessageContaining("jsonSchema").hasMessageContaining("outputClass");
    }

    @Test
    void missingModelNamesOptionAndHeader() {
        Exchange exchange = template.send("groq-responses:nomodel?apiKey=k&baseUrl=" + GROQ.baseUrl(),
                x -> x.getIn().setBody("Hi"));
        assertThat(exchange.getException()).hasMessageContaining("model option")
                .hasMessageContaining(GroqResponsesConstants.MODEL);
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void missingApiKeyNamesOptionAndVariable() {
        assumeTrue(System.getenv("GROQ_API_KEY") == null, "GROQ_API_KEY is set in this environment");
        assertThatThrownBy(() -> template.sendBody("groq-responses:nokey?model=openai/gpt-oss-20b&baseUrl="
                                                   + GROQ.baseUrl(), "Hi"))
                .rootCause().hasMessageContaining("apiKey").hasMessageContaining("GROQ_API_KEY");
    }

    @Test
    void missingNameIsExplained() {
        assertThatThrownBy(() -> context.getEndpoint("groq-responses:?model=openai/gpt-oss-20b"))
                .rootCause().hasMessageContaining("step name");
    }

    @Test
    void fromIsRefused() {
        assertThatThrownBy(() -> context.getEndpoint(uri("")).createConsumer(x -> {
        })).hasMessageContaining("producer only");
    }
}
