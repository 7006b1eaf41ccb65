package dev.camelgroq.responses.flow;

import java.util.List;

import dev.camelgroq.responses.call.CallResult;
import dev.camelgroq.responses.tools.ToolOutcome;
import org.apache.camel.Exchange;

/**
 * What the flow tells observability about one exchange: model calls, tool rounds, repairs. It lives beside
 * {@link ResponseFlow}, the code that calls it. Every method is a no-op by default; {@link #NONE} observes nothing.
 */
public interface FlowObserver {

    /** Observes nothing. */
    FlowObserver NONE = new FlowObserver() {
    };

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
