/*
 * Copyright 2026 The camel-groq-responses authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.camelgroq.responses.ratelimit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

/**
 * The shared rate-limit budget in PostgreSQL through Bucket4j (row lock per bucket, {@code SELECT ... FOR UPDATE}).
 * The table is created when missing:
 *
 * <pre>
 * CREATE TABLE IF NOT EXISTS groq_rate_limit_bucket (id VARCHAR(255) PRIMARY KEY, state BYTEA, expires_at BIGINT)
 * </pre>
 *
 * One row per (API key hash, model, limit): {@code groq:<sha-256 prefix of the key>:<model>:tpm} and {@code :rpm}.
 * Every statement on it carries a JDBC query timeout of {@value #QUERY_TIMEOUT_SECONDS} s, so a row locked by another
 * connection delays a call at most that long (then the budget decides locally for a while).
 */
public final class PostgresBudgetStore {

    /** The table the buckets live in. */
    public static final String TABLE = "groq_rate_limit_bucket";

    /** The DDL run at start when the table is missing. */
    public static final String DDL = "CREATE TABLE IF NOT EXISTS " + TABLE
                                     + " (id VARCHAR(255) PRIMARY KEY, state BYTEA, expires_at BIGINT)";

    /** The longest one statement on the budget table may take, a wait for a row lock included. */
    public static final int QUERY_TIMEOUT_SECONDS = 2;

    private PostgresBudgetStore() {
    }

    /** Creates the table if missing and returns a Bucket4j proxy manager on it. */
    public static ProxyManager<String> create(DataSource dataSource) {
        try {
            createTable(dataSource);
        } catch (SQLException e) {
            throw new IllegalStateException("Option rateLimitDataSource: cannot create the rate-limit table " + TABLE
                                            + " (" + e.getMessage() + "); create it yourself with: " + DDL, e);
        }
        return Bucket4jPostgreSQL
                .selectForUpdateBasedBuilder(new QueryTimeoutDataSource(dataSource, QUERY_TIMEOUT_SECONDS)).primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE).idColumn("id").stateColumn("state").build();
    }

    /**
     * Runs the DDL; when instances start together on an empty database, PostgreSQL can fail the losers of the race
     * with a duplicate (23505 on its catalog, 42P07): the table then exists, which the second run confirms.
     */
    private static void createTable(DataSource dataSource) throws SQLException {
        try {
            executeDdl(dataSource);
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState()) && !"42P07".equals(e.getSQLState())) {
                throw e;
            }
            executeDdl(dataSource);
        }
    }

    private static void executeDdl(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(DDL);
        }
    }
}
