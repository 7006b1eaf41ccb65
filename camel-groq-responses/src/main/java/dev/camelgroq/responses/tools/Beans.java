package dev.camelgroq.responses.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.camel.CamelContext;

/** Looks up beans named in an option ({@code a,b}, {@code #a}, {@code #bean:a}); a bean may also be a Collection. */
final class Beans {

    private Beans() {
    }

    static <T> List<T> lookup(CamelContext context, Object value, Class<T> type, String option) {
        List<T> found = new ArrayList<>();
        if (type.isInstance(value)) {
            found.add(type.cast(value));
            return found;
        }
        if (value instanceof Collection) {
            for (Object element : (Collection<?>) value) {
                found.addAll(lookup(context, element, type, option));
            }
            return found;
        }
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("Option " + option + ": expected " + type.getSimpleName()
                                               + " bean names or beans, got a " + value.getClass().getName());
        }
        String names = (String) value;
        if (names == null || names.isBlank()) {
            return found;
        }
        for (String raw : names.split(",")) {
            String name = raw.strip().replaceFirst("^#bean:", "").replaceFirst("^#", "");
            Object bean = context.getRegistry().lookupByName(name);
            if (type.isInstance(bean)) {
                found.add(type.cast(bean));
            } else if (bean instanceof Collection && ((Collection<?>) bean).stream().allMatch(type::isInstance)) {
                ((Collection<?>) bean).forEach(b -> found.add(type.cast(b)));
            } else {
                throw new IllegalArgumentException("Option " + option + ": no " + type.getSimpleName()
                                                   + " bean named '" + name + "' in the registry"
                                                   + (bean == null ? "" : " (found a " + bean.getClass().getName() + ")"));
            }
        }
        return found;
    }
}
