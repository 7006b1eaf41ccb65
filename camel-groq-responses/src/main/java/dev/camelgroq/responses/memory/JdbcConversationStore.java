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
package dev.camelgroq.responses.memory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.camelgroq.responses.request.Json;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link ConversationStore} in any SQL database reached through a {@link DataSource}: every instance that uses the
 * same database shares the conversations, and they survive restarts. One row per turn, its items as JSON text; the
 * table is created when missing (PostgreSQL, H2 and MySQL/MariaDB types are known, ANSI types otherwise):
 *
 * <pre>
 * CREATE TABLE camel_groq_conversation (
 *     conversation_id VARCHAR(255) NOT NULL,
 *     turn_seq        BIGINT NOT NULL,
 *     items           TEXT NOT NULL,                       -- JSON array of input items
 *     created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
 *     PRIMARY KEY (conversation_id, turn_seq))
 * </pre>
 *
 * Appending inserts the row of sequence {@code version + 1}: the primary key refuses a second writer of the same
 * sequence, which then reloads and appends after the winner (optimistic concurrency without locks held across a
 * model call). The append also needs the turn it follows to be there still, so a turn does not outlive a clear.
 * Only those conflicts (a duplicate key, a serialization failure or deadlock) are retried; any other database error,
 * such as a NOT NULL or CHECK constraint of a table laid out differently, fails the exchange with its message.
 */
public class JdbcConversationStore extends ServiceSupport implements ConversationStore {

    /** The table used when none is named. */
    public static final String DEFAULT_TABLE = "camel_groq_conversation";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final Set<Integer> DUPLICATE_KEY_CODES = Set.of(1062, 1, 2627, 2601);
    private static final TypeReference<List<Map<String, Object>>> ITEMS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final String table;

    /** A store in the table {@value #DEFAULT_TABLE} of {@code dataSource}. */
    public JdbcConversationStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /** A store in {@code table} (a plain or schema-qualified SQL name) of {@code dataSource}. */
    public JdbcConversationStore(DataSource dataSource, String table) {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcConversationStore needs a DataSource");
        }
        if (table == null || !TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("JdbcConversationStore table name '" + table + "' is not a plain SQL"
                                               + " name (letters, digits, underscores, optionally schema.table)");
        }
        this.dataSource = dataSource;
        this.table = table;
    }

    public String getTable() {
        return table;
    }

    /** Creates the table when it does not exist yet (it is left as it is when it does). */
    @Override
    protected void doStart() {
        try (Connection c = dataSource.getConnection()) {
            if (tableExists(c)) {
                return;
            }
            try (Statement s = c.createStatement()) {
                s.execute(SqlDialect.of(c.getMetaData().getDatabaseProductName()).createTable(table));
            } catch (SQLException e) {
                if (!tableExists(c)) { // another instance may have created it meanwhile
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw failure("create the table " + table + " (create it with the DDL documented in docs/memory.md)", e);
        }
    }

    private boolean tableExists(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException missing) {
            if (!autoCommit) {
                c.rollback();
            }
            return false;
        }
    }

    @Override
    public StoredConversation load(String conversationId) {
        List<StoredTurn> turns = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT turn_seq, items FROM " + table
                                                      + " WHERE conversation_id = ? ORDER BY turn_seq")) {
            s.setString(1, conversationId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    turns.add(new StoredTurn(rs.getLong(1), Json.MAPPER.readValue(rs.getString(2), ITEMS)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw failure("load conversation '" + conversationId + "'", e);
        }
        return turns.isEmpty() ? StoredConversation.EMPTY
                : new StoredConversation(turns, turns.get(turns.size() - 1).sequence());
    }

    @Override
    public boolean append(String conversationId, long expectedVersion, StoredTurn turn, long firstKeptSequence) {
        String items;
        try {
            items = Json.MAPPER.writeValueAsString(turn.items());
        } catch (JsonProcessingException e) {
            throw failure("serialize a turn of conversation '" + conversationId + "'", e);
        }
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                insert(c, conversationId, expectedVersion + 1, items);
                boolean appended = stillAt(c, conversationId, expectedVersion);
                if (appended) {
                    trim(c, conversationId, firstKeptSequence);
                    c.commit();
                } else {
                    c.rollback();
                }
                return appended;
            } catch (SQLException e) {
                c.rollback();
                if (isConflict(e)) {
                    return false; // another writer won: the caller reloads and appends after it
                }
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("append to conversation '" + conversationId + "'", e);
        }
    }

    /** Inserts the turn row; a row of that sequence already there (another writer won) is a conflict. */
    private void insert(Connection c, String conversationId, long sequence, String items) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + table
                                                      + " (conversation_id, turn_seq, items, created_at)"
                                                      + " VALUES (?, ?, ?, ?)")) {
            s.setString(1, conversationId);
            s.setLong(2, sequence);
            s.setString(3, items);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    /**
     * Whether another writer won: a duplicate key (SQLState 23505; 23000 with the duplicate-key error code of MySQL and
     * MariaDB 1062, Oracle 1, SQL Server 2627 and 2601) or a transaction the database rolled back because of a
     * concurrent one (40001 serialization failure, 40P01 deadlock). Any other error, a NOT NULL or CHECK constraint of
     * the table included, is no conflict: retrying cannot help, so it fails the exchange with the database's message.
     */
    static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return false;
        }
        return switch (state) {
            case "23505", "40001", "40P01" -> true;
            case "23000" -> DUPLICATE_KEY_CODES.contains(e.getErrorCode());
            default -> false;
        };
    }

    /**
     * Whether the conversation was still at {@code version} when the turn after it was inserted: no newer turn exists
     * (trimming may have removed the row of the sequence just inserted) and, unless it was new, its newest turn is
     * still there (a clear removed it: the turn must not start a new history without it).
     */
    private boolean stillAt(Connection c, String conversationId, long version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT SUM(CASE WHEN turn_seq > ? THEN 1 ELSE 0 END),"
                                                      + " SUM(CASE WHEN turn_seq = ? THEN 1 ELSE 0 END) FROM " + table
                                                      + " WHERE conversation_id = ?")) {
            s.setLong(1, version + 1);
            s.setLong(2, version);
            s.setString(3, conversationId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0 && (version == 0 || rs.getLong(2) == 1);
            }
        }
    }

    private void trim(Connection c, String conversationId, long firstKeptSequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table
                                                      + " WHERE conversation_id = ? AND turn_seq < ?")) {
            s.setString(1, conversationId);
            s.setLong(2, firstKeptSequence);
            s.executeUpdate();
        }
    }

    @Override
    public void clear(String conversationId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE conversation_id = ?")) {
            s.setString(1, conversationId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("clear conversation '" + conversationId + "'", e);
        }
    }

    private static GroqConversationStoreException failure(String what, Exception e) {
        return new GroqConversationStoreException("Conversation store could not " + what + ": " + e.getMessage(), e);
    }
}
