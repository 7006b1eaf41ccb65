package dev.camelgroq.responses;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** Conversation memory in H2 (in-process, in memory). */
class H2ConversationMemoryTest extends JdbcConversationMemoryTestSupport {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:conversations;DB_CLOSE_DELAY=-1");
    }

    @Override
    DataSource dataSource() {
        return H2;
    }

    @Override
    String expectedItemsType() {
        return "CHARACTER LARGE OBJECT";
    }
}
