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

import java.util.Map;

/**
 * What observability needs to know of the component itself (the console report, the JMX statistics): the state of
 * its pools. The component implements it, so this package never points up to it.
 */
public interface ObservedComponent {

    /**
     * Each pool (bulkhead) the component has made so far, by name: {@code threads}, {@code maxThreads},
     * {@code queued}, {@code maxQueued}, {@code completedTasks} and {@code refusedTasks}.
     */
    Map<String, Map<String, Object>> bulkheadStates();
}
