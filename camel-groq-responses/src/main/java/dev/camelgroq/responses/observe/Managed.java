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

import javax.management.ObjectName;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ManagementAgent;

/** Registers a {@code @ManagedResource} bean with Camel's management agent (JMX), when management is on. */
public final class Managed {

    private Managed() {
    }

    /** Registers {@code bean} as {@code type=services,name=<name>}; returns its name, or null without management. */
    public static ObjectName register(CamelContext context, Object bean, String name) throws Exception {
        ManagementAgent agent = agent(context);
        if (agent == null) {
            return null;
        }
        ObjectName objectName = new ObjectName(agent.getMBeanObjectDomainName() + ":context="
                                               + ObjectName.quote(context.getManagementName())
                                               + ",type=services,name=" + name);
        agent.register(bean, objectName);
        return objectName;
    }

    public static void unregister(CamelContext context, ObjectName name) throws Exception {
        ManagementAgent agent = agent(context);
        if (agent != null && name != null) {
            agent.unregister(name);
        }
    }

    private static ManagementAgent agent(CamelContext context) {
        return context.getManagementStrategy() == null ? null : context.getManagementStrategy().getManagementAgent();
    }
}
