package dev.camelgroq.responses.test.spring;

import java.util.List;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Turns {@link GroqEmulatorTest} on a test class into a {@link GroqEmulatorContextCustomizer}. */
public class GroqEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        GroqEmulatorTest annotation = AnnotatedElementUtils.findMergedAnnotation(testClass, GroqEmulatorTest.class);
        return annotation == null ? null : new GroqEmulatorContextCustomizer(annotation.apiKey());
    }
}
