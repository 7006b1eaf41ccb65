package dev.camelgroq.examples.kafka;

/**
 * The pipeline contract on the embedded defaults: an in-process KRaft Kafka broker and an embedded PostgreSQL, both
 * started by {@link EmbeddedDefaults} because the test names neither.
 */
class EmbeddedPipelineTest extends PipelineContractTest {
}
