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

import java.util.Locale;

/** The column types of the conversation table for the databases the JDBC store knows by name; ANSI SQL otherwise. */
enum SqlDialect {

    POSTGRESQL("VARCHAR(255)", "BIGINT", "TEXT", "TIMESTAMP WITH TIME ZONE"),
    H2("VARCHAR(255)", "BIGINT", "CHARACTER LARGE OBJECT", "TIMESTAMP WITH TIME ZONE"),
    MYSQL("VARCHAR(255)", "BIGINT", "LONGTEXT", "TIMESTAMP(3)"),
    ANSI("VARCHAR(255)", "BIGINT", "CLOB", "TIMESTAMP");

    private final String idType;
    private final String sequenceType;
    private final String textType;
    private final String timestampType;

    SqlDialect(String idType, String sequenceType, String textType, String timestampType) {
        this.idType = idType;
        this.sequenceType = sequenceType;
        this.textType = textType;
        this.timestampType = timestampType;
    }

    /** The dialect of a database, from its JDBC product name. */
    static SqlDialect of(String databaseProductName) {
        String name = databaseProductName == null ? "" : databaseProductName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.equals("h2")) {
            return H2;
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return MYSQL;
        }
        return ANSI;
    }

    /** The CREATE TABLE statement of the conversation table (one row per turn). */
    String createTable(String table) {
        return "CREATE TABLE " + table + " (conversation_id " + idType + " NOT NULL, turn_seq " + sequenceType
               + " NOT NULL, items " + textType + " NOT NULL, created_at " + timestampType + " NOT NULL,"
               + " PRIMARY KEY (conversation_id, turn_seq))";
    }
}
