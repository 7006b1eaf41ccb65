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

import java.io.InputStream;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import dev.camelgroq.responses.test.GroqEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TLS through SSLContextParameters against the emulator serving HTTPS with a test certificate
 * (src/test/resources/tls, made with keytool): trusted by configuration it works, untrusted it is refused. A plain
 * http:// base URL to a non-loopback host is refused at start unless allowInsecureHttp is set.
 */
class TlsAndPlainHttpTest {

    private static final String PASSWORD = "changeit";

    private static GroqEmulator https;
    private static CamelContext context;

    @BeforeAll
    static void start() throws Exception {
        https = new GroqEmulator().https(serverContext()).start();
        context = new DefaultCamelContext();
        GroqResponsesComponent trusting = new GroqResponsesComponent();
        trusting.setSslContextParameters(trustingTheEmulator());
        context.addComponent("groq-trusting", trusting);
        context.start();
    }

    @AfterAll
    static void stop() {
        context.stop();
        https.close();
    }

    @Test
    void trustedByConfigurationItAnswersOverHttps() {
        assertThat(https.baseUrl()).startsWith("https://");
        Exchange exchange = context.createProducerTemplate().request("groq-trusting:tls?model=openai/gpt-oss-20b"
                                                                     + "&apiKey=k&baseUrl=" + https.baseUrl(),
                x -> x.getIn().setBody("Hello over TLS"));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("Hello over TLS");
        assertThat(https.lastRequest().inputText()).isEqualTo("Hello over TLS");
    }

    @Test
    void untrustedCertificateIsRefused() {
        int before = https.requestCount();
        Exchange exchange = context.createProducerTemplate().request("groq-responses:tls?model=openai/gpt-oss-20b"
                                                                     + "&apiKey=k&baseUrl="
                                                                     + https.baseUrl(),
                x -> x.getIn().setBody("Hello"));
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isZero();
        assertThat(e).hasCauseInstanceOf(SSLHandshakeException.class).hasMessageContaining("PKIX");
        assertThat(e.isRetryable()).as("a certificate that is not trusted stays untrusted").isFalse();
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(https.requestCount()).isEqualTo(before);
    }

    @Test
    void plainHttpToARemoteHostIsRefusedAtStart() {
        assertThatThrownBy(() -> context.createProducerTemplate().sendBody(
                "groq-responses:plain?model=m&apiKey=k&baseUrl=http://api.groq.com/openai/v1", "Hi"))
                .hasStackTraceContaining("Option baseUrl uses plain http to api.groq.com")
                .hasStackTraceContaining("Use https").hasStackTraceContaining("allowInsecureHttp=true");
    }

    @Test
    void loopbackAndExplicitOptInAreAllowed() throws Exception {
        GroqResponsesEndpoint loopback = context.getEndpoint(
                "groq-responses:local?model=m&apiKey=k&baseUrl=http://localhost:1/openai/v1",
                GroqResponsesEndpoint.class);
        loopback.start();
        GroqResponsesEndpoint optedIn = context.getEndpoint(
                "groq-responses:proxy?model=m&apiKey=k&allowInsecureHttp=true&baseUrl=http://proxy.corp.example/v1",
                GroqResponsesEndpoint.class);
        optedIn.start();
        assertThat(loopback.isStarted()).isTrue();
        assertThat(optedIn.isStarted()).isTrue();
    }

    private static SSLContextParameters trustingTheEmulator() {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("classpath:tls/emulator-trust.p12");
        store.setPassword(PASSWORD);
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters ssl = new SSLContextParameters();
        ssl.setTrustManagers(trust);
        return ssl;
    }

    private static SSLContext serverContext() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = TlsAndPlainHttpTest.class.getResourceAsStream("/tls/emulator-server.p12")) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(kmf.getKeyManagers(), null, null);
        return ssl;
    }
}
