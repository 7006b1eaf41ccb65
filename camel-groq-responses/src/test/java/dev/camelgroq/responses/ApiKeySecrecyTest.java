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

import java.nio.file.Files;
import java.nio.file.Path;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The API key never shows in endpoint URIs as displayed, exception messages or log lines. */
class ApiKeySecrecyTest extends EmulatorTestSupport {

    private static final String SECRET = "gsk_TOPSECRET_secrecy_test_key_987";

    @Test
    void keyIsHiddenEverywhere() throws Exception {
        emulator().when(r -> true).thenReply(Reply.error(401, "invalid_request_error", "invalid_api_key",
                "Invalid API Key " + SECRET));
        String uri = "groq-responses:secret?model=openai/gpt-oss-20b&maxRetries=0&apiKey=" + SECRET + "&baseUrl="
                     + GROQ.baseUrl();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:secret").routeId("secret").to(uri);
            }
        });
        var exchange = template.send("direct:secret", x -> x.getIn().setBody("Hi"));

        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(401);
        assertThat(e.getMessage()).contains("Invalid API Key").doesNotContain(SECRET);
        assertThat(e.getErrorMessage()).doesNotContain(SECRET);
        assertThat(emulator().lastRequest().header("Authorization")).isEqualTo("Bearer " + SECRET);

        Endpoint endpoint = context.getEndpoints().stream().filter(ep -> ep instanceof GroqResponsesEndpoint)
                .filter(ep -> ep.getEndpointUri().contains("secret?")).findFirst().orElseThrow();
        assertThat(endpoint.toString()).doesNotContain(SECRET);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(SECRET);
        assertThat(context.getRoute("secret").getEndpoint().toString()).doesNotContain(SECRET);

        String log = Files.readString(Path.of("target/camel-groq-test.log"));
        assertThat(log).contains("groq-responses:secret").doesNotContain(SECRET);
    }
}
