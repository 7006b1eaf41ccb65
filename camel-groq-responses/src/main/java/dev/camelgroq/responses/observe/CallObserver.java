package dev.camelgroq.responses.observe;

import java.util.List;

import dev.camelgroq.responses.call.CallResult;
import dev.camelgroq.responses.response.ParsedResponse;
import dev.camelgroq.responses.response.RateLimitHeaders;
import dev.camelgroq.responses.tools.ToolOutcome;
import org.apache.camel.Exchange;

/**
 * What the call path tells observability: the caller reports each logical call (admission, every HTTP answer, retries,
 * the final outcome), the flow reports what happens to one exchange (model calls, tool rounds, repairs). Every method
 * is a no-op by default; {@link #NONE} observes nothing.
 */
public interface CallObserver {

    /** Observes nothing. */
    CallObserver NONE = new CallObserver() {
    };

    /** The rate-limit governor admitted an attempt after {@code waitedMillis}. */
    default void admitted(String model, long waitedMillis) {
    }

    /** An HTTP answer arrived (any status, retried or not); {@code limits} may be null. */
    default void answered(String model, int status, RateLimitHeaders limits) {
    }

    /** An attempt failed and another one is scheduled. */
    default void retrying(String model, String errorType) {
    }

    /** A logical call (one or more attempts) ended with an answer, {@code nanos} after it began. */
    default void succeeded(String model, ParsedResponse response, long nanos) {
    }

    /** A logical call ended in {@code failure}, {@code nanos} after it began. */
    default void failed(String model, Throwable failure, long nanos) {
    }

    /**
     * The first streamed token of an exchange arrived {@code millis} after its request was sent (called through
     * {@link EndpointObserver#streamed}, once per streamed exchange).
     */
    default void firstToken(String model, long millis) {
    }

    /** The flow of {@code exchange} got an answer (possibly after retries). */
    default void modelCall(Exchange exchange, CallResult result) {
    }

    /** A model call of the flow of {@code exchange} failed for good (after its retries). */
    default void modelCallFailed(Exchange exchange, Throwable failure) {
    }

    /** The flow of {@code exchange} ran tool round {@code round}. */
    default void toolRound(Exchange exchange, int round, List<ToolOutcome> outcomes) {
    }

    /** The flow of {@code exchange} asks the model to repair a structured output. */
    default void repair(Exchange exchange, List<String> problems) {
    }
}
