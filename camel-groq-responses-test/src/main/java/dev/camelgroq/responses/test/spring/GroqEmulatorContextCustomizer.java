package dev.camelgroq.responses.test.spring;

import java.util.Objects;

import dev.camelgroq.responses.test.GroqEmulator;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Starts one emulator per test context, exposes it as a bean and as the starter's base-url / api-key. */
final class GroqEmulatorContextCustomizer implements ContextCustomizer {

    private final String apiKey;

    GroqEmulatorContextCustomizer(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        GroqEmulator emulator = new GroqEmulator().apiKey(apiKey).start();
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("groqEmulator", GroqEmulatorPropertySource.properties(emulator, apiKey)));
        context.getBeanFactory().registerSingleton("groqEmulator", emulator);
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
            if (event.getApplicationContext() == context) {
                emulator.close();
            }
        });
    }

    // equal customizers let Spring's test context cache share one context (and one emulator)
    @Override
    public boolean equals(Object other) {
        return other instanceof GroqEmulatorContextCustomizer
                && Objects.equals(apiKey, ((GroqEmulatorContextCustomizer) other).apiKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(GroqEmulatorContextCustomizer.class, apiKey);
    }
}
