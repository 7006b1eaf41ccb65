package dev.camelgroq.responses;

/** Finds the API key: the apiKey option, else the GROQ_API_KEY environment variable. */
final class ApiKeys {

    static final String ENV = "GROQ_API_KEY";

    private ApiKeys() {
    }

    static String resolve(String configured, String step) {
        String key = configured != null && !configured.isBlank() ? configured : System.getenv(ENV);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("No API key for groq-responses:" + step
                                               + ": set the apiKey option (on the component or endpoint, for example"
                                               + " apiKey={{groq.api-key}}) or the " + ENV
                                               + " environment variable");
        }
        return key.strip();
    }
}
