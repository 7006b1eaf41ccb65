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

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the web server (Actuator's {@code /actuator/prometheus} and {@code /actuator/health}) only when the
 * application keeps running ({@code pipeline.keep-running=true}): a run that processes the batch, prints its
 * {@code SUMMARY} and exits opens no port. The choice is a default of the lowest precedence, so an explicit
 * {@code spring.main.web-application-type} wins.
 */
public class KeepRunningWebServer implements EnvironmentPostProcessor {

    static final String KEEP_RUNNING = "pipeline.keep-running";
    static final String WEB_APPLICATION_TYPE = "spring.main.web-application-type";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean keepRunning = environment.getProperty(KEEP_RUNNING, Boolean.class, false);
        environment.getPropertySources().addLast(new MapPropertySource("pipelineWebServer",
                Map.of(WEB_APPLICATION_TYPE, keepRunning ? "servlet" : "none")));
    }
}
