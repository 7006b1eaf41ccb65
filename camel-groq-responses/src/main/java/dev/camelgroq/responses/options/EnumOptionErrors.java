package dev.camelgroq.responses.options;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.camelgroq.responses.GroqResponsesEndpointConfigurer;
import org.apache.camel.PropertyBindingException;

/** Turns Camel's "No enum constant" binding failure into a message that names the option and its allowed values. */
public final class EnumOptionErrors {

    private EnumOptionErrors() {
    }

    /** The clearer error for {@code e}, or {@code e} itself when it is not about an enum option. */
    public static RuntimeException explain(PropertyBindingException e) {
        Class<?> type = enumType(e.getPropertyName());
        if (type == null) {
            return e;
        }
        String listed = listedValues(type);
        String allowed = listed != null ? listed : Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return new IllegalArgumentException("Option " + e.getPropertyName() + " must be one of " + allowed + ", but was '"
                                            + e.getValue() + "'",
                e);
    }

    /** The values the option documents: every constant that is {@link WireValue#listed()}, null for other enums. */
    private static String listedValues(Class<?> type) {
        if (!WireValue.class.isAssignableFrom(type)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).map(WireValue.class::cast).filter(WireValue::listed)
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** The option's type from the generated configurer (no reflection: also right in a native image). */
    private static Class<?> enumType(String option) {
        Class<?> type = option == null ? null : new GroqResponsesEndpointConfigurer().getOptionType(option, true);
        return type != null && type.isEnum() ? type : null;
    }
}
