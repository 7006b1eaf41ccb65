package dev.camelgroq.examples.kafka;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same pipeline contract against a Kafka and a PostgreSQL container. Skipped, with JUnit's "Docker is not
 * available" reason, on machines without a Docker engine; {@link EmbeddedPipelineTest} is its in-process twin.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersPipelineTest extends PipelineContractTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:3.9.1");

    @Container
    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16-alpine");

    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        registry.add(EmbeddedDefaults.BROKERS, KAFKA::getBootstrapServers);
        registry.add(EmbeddedDefaults.JDBC_URL, POSTGRES::getJdbcUrl);
        registry.add("spring.datasource.username", POSTGRES::getUsername);
        registry.add("spring.datasource.password", POSTGRES::getPassword);
    }
}
