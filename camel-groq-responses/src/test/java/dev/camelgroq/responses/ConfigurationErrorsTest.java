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
            "serviceTier=gold|Option serviceTier must be one of auto, default, flex, on_demand, but was 'gold'",
            "serviceTier=performance|Option serviceTier=performance is not accepted by Groq's Responses API",
            "builtinTools=web_search|Option builtinTools",
            "tools=RAW([{\"name\":\"no type\"}])|Option tools",
            "temperature=3|Option temperature",
            "textFormat=json_object&jsonSchema=classpath:schemas/review.json|textFormat=json_object",
            "rateLimiter=sometimes|Option rateLimiter must be one of adaptive, off",
            "streamTimeout=-1|Option streamTimeout must be at least 0",
            "streamTo=direct:deltas&streamMinChars=-1|Option streamMinChars must be at least 0",
            "streamTo=direct:deltas&streamMaxDelay=-1|Option streamMaxDelay must be at least 0",
            "stream=true&streamMinChars=100|Options streamMinChars and streamMaxDelay coalesce the deltas sent to streamTo",
            "streamMaxDelay=50|Options streamMinChars and streamMaxDelay coalesce the deltas sent to streamTo",
            "maxParallelToolCalls=0|Option maxParallelToolCalls must be between 1 and 128",
            "maxParallelToolCalls=129|Option maxParallelToolCalls must be between 1 and 128",
            "requestTimeout=-1|Option requestTimeout (0: no limit) must be at least 0",
            "maxResponseSize=-1|Option maxResponseSize (0: no limit) must be at least 0",
            "maxInputSize=-1|Option maxInputSize (0: no limit) must be at least 0",
            "tool.lookup=direct:x|Option tool.lookup must be tool.NAME.endpoint, tool.NAME.description,"
            + " tool.NAME.parameters or tool.NAME.strict",
            "tool.lookup.colour=red|Option tool.lookup.colour: unknown property 'colour' (endpoint, description,"
            + " parameters, strict)",
            "mcp.docs=x|Option mcp.docs must be mcp.LABEL.url, mcp.LABEL.allowedTools, mcp.LABEL.requireApproval or"
            + " mcp.LABEL.headers",
            "mcp.docs.colour=red|Option mcp.docs.colour: unknown property 'colour' (url, allowedTools,"
            + " requireApproval, headers)"
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

    /** Credentials in baseUrl are refused at start and shown nowhere: not in the error, not in the endpoint URI. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://reader:S3cretPassw0rd@127.0.0.1:{port}/openai/v1",
            "https://S3cretPassw0rd@api.groq.com/openai/v1",
            "http://reader:S3cretPassw0rd@127.0.0.1:{port}/open ai"
    })
    void baseUrlWithUserInfoIsRefusedWithoutShowingThePassword(String baseUrl) {
        String url = baseUrl.replace("{port}", String.valueOf(java.net.URI.create(GROQ.baseUrl()).getPort()));
        String endpointUri = "groq-responses:userinfo?model=m&apiKey=k&baseUrl=RAW(" + url + ")";
        String expected = url.contains(" ") ? "is not a valid http(s) URL" : "The Groq API key goes in the apiKey option";
        java.io.StringWriter trace = new java.io.StringWriter();
        assertThatThrownBy(() -> template.sendBody(endpointUri, "Hi"))
                .satisfies(e -> e.printStackTrace(new java.io.PrintWriter(trace)))
                .satisfies(e -> assertThat(causeMessages(e)).anyMatch(m -> m.contains("Option baseUrl")
                        && m.contains(expected)));
        assertThat(trace.toString()).doesNotContain("S3cretPassw0rd");
        assertThat(context.getEndpoints()).allSatisfy(e -> {
            assertThat(e.getEndpointUri()).doesNotContain("S3cretPassw0rd");
            assertThat(e.toString()).doesNotContain("S3cretPassw0rd");
        });
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void componentBaseUrlWithUserInfoIsRefused() throws Exception {
        GroqResponsesComponent component = new GroqResponsesComponent();
        component.getConfiguration().setBaseUrl("https://reader:S3cretPassw0rd@api.groq.com/openai/v1");
        context.addComponent("groq-userinfo", component);
        try {
            assertThatThrownBy(() -> template.sendBody("groq-userinfo:x?model=m&apiKey=k", "Hi"))
                    .satisfies(e -> assertThat(causeMessages(e)).anyMatch(m -> m.contains("user info")))
                    .satisfies(e -> assertThat(causeMessages(e)).noneMatch(m -> m.contains("S3cretPassw0rd")));
        } finally {
            context.removeComponent("groq-userinfo");
        }
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
