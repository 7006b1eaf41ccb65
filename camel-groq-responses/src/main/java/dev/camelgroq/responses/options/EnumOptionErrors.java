package dev.camelgroq.responses.options;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.camelgroq.responses.GroqResponsesConfiguration;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.spi.UriParam;

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
        String listed = listedValues(e.getPropertyName());
        String allowed = listed != null ? listed : Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return new IllegalArgumentException("Option " + e.getPropertyName() + " must be one of " + allowed + ", but was '"
                                            + e.getValue() + "'",
                e);
    }

    /** The values the option's documentation lists (its UriParam enums), or null when it lists none. */
    private static String listedValues(String option) {
        try {
            UriParam param = GroqResponsesConfiguration.class.getDeclaredField(option).getAnnotation(UriParam.class);
            return param == null || param.enums().isEmpty() ? null : param.enums().replace(",", ", ");
        } catch (NoSuchFieldException | RuntimeException notAnOption) {
            return null;
        }
    }

    private static Class<?> enumType(String option) {
        try {
            Class<?> type = GroqResponsesConfiguration.class.getDeclaredField(option).getType();
            return type.isEnum() ? type : null;
        } catch (NoSuchFieldException | RuntimeException notAnOption) {
            return null;
        }
    }
}
