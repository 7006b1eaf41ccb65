package dev.camelgroq.responses.http;

import java.io.IOException;

/**
 * The answer's body grew past the endpoint's {@code maxResponseSize}: reading stopped there and the connection was
 * dropped, so a huge or endless answer cannot exhaust the heap. Not worth another attempt.
 */
public class AnswerTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public AnswerTooLargeException(long limit) {
        super("the answer is larger than maxResponseSize=" + limit + " bytes: reading stopped there (raise"
              + " maxResponseSize if such answers are expected)");
    }

    /** A part of the answer (a streamed line or event) passed its cap; {@code message} says which and the cap. */
    public AnswerTooLargeException(String message) {
        super(message);
    }
}
