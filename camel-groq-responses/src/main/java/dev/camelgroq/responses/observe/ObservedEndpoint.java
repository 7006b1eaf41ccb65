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
