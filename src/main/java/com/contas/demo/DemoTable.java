package com.contas.demo;

import java.sql.Types;

/** The tables the demo data goes into, in an order that satisfies their foreign keys. */
enum DemoTable {
    ORGANIZATION(
            "organization",
            true,
            col("id", Types.BIGINT),
            col("name", Types.VARCHAR),
            col("address", Types.VARCHAR),
            col("owner_id", Types.BIGINT),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("updated_at", Types.TIMESTAMP_WITH_TIMEZONE)),
    PERSON(
            "person",
            true,
            col("id", Types.BIGINT),
            col("name", Types.VARCHAR),
            col("organization_id", Types.BIGINT),
            col("owner_id", Types.BIGINT),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("updated_at", Types.TIMESTAMP_WITH_TIMEZONE)),
    PERSON_EMAIL(
            "person_email",
            false,
            col("person_id", Types.BIGINT),
            col("position", Types.INTEGER),
            col("email", Types.VARCHAR)),
    PERSON_PHONE(
            "person_phone",
            false,
            col("person_id", Types.BIGINT),
            col("position", Types.INTEGER),
            col("phone", Types.VARCHAR)),
    DEAL(
            "deal",
            true,
            col("id", Types.BIGINT),
            col("title", Types.VARCHAR),
            col("value", Types.NUMERIC),
            col("currency", Types.VARCHAR),
            col("status", Types.VARCHAR),
            col("won_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("lost_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("lost_reason", Types.VARCHAR),
            col("expected_close_date", Types.DATE),
            col("organization_id", Types.BIGINT),
            col("person_id", Types.BIGINT),
            col("owner_id", Types.BIGINT),
            col("stage_id", Types.BIGINT),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("updated_at", Types.TIMESTAMP_WITH_TIMEZONE)),
    ACTIVITY(
            "activity",
            true,
            col("id", Types.BIGINT),
            col("type", Types.VARCHAR),
            col("subject", Types.VARCHAR),
            col("due_date", Types.DATE),
            col("due_time", Types.TIME),
            col("duration_minutes", Types.INTEGER),
            col("done", Types.BOOLEAN),
            col("done_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("note", Types.VARCHAR),
            col("organization_id", Types.BIGINT),
            col("person_id", Types.BIGINT),
            col("deal_id", Types.BIGINT),
            col("assignee_id", Types.BIGINT),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("updated_at", Types.TIMESTAMP_WITH_TIMEZONE)),
    NOTE(
            "note",
            true,
            col("id", Types.BIGINT),
            col("body", Types.VARCHAR),
            col("pinned", Types.BOOLEAN),
            col("author_id", Types.BIGINT),
            col("organization_id", Types.BIGINT),
            col("person_id", Types.BIGINT),
            col("deal_id", Types.BIGINT),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
            col("updated_at", Types.TIMESTAMP_WITH_TIMEZONE)),
    STORED_FILE(
            "stored_file",
            true,
            col("id", Types.BIGINT),
            col("name", Types.VARCHAR),
            col("content_type", Types.VARCHAR),
            col("size_bytes", Types.BIGINT),
            col("uploader_id", Types.BIGINT),
            col("organization_id", Types.BIGINT),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE)),
    STORED_FILE_CONTENT("stored_file_content", false, col("file_id", Types.BIGINT), col("content", Types.VARBINARY)),
    CUSTOM_FIELD(
            "custom_field",
            true,
            col("id", Types.BIGINT),
            col("name", Types.VARCHAR),
            col("type", Types.VARCHAR),
            col("options", Types.VARCHAR),
            col("position", Types.INTEGER),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE)),
    CUSTOM_FIELD_VALUE(
            "custom_field_value",
            false,
            col("organization_id", Types.BIGINT),
            col("field_id", Types.BIGINT),
            col("text_value", Types.VARCHAR),
            col("number_value", Types.NUMERIC),
            col("date_value", Types.DATE)),
    EXCHANGE_RATE(
            "exchange_rate",
            true,
            col("id", Types.BIGINT),
            col("base_currency", Types.VARCHAR),
            col("quote_currency", Types.VARCHAR),
            col("rate", Types.NUMERIC),
            col("effective_date", Types.DATE),
            col("created_at", Types.TIMESTAMP_WITH_TIMEZONE));

    private final String tableName;
    private final boolean hasIdentity;
    private final String insertSql;
    private final int[] types;

    DemoTable(String tableName, boolean hasIdentity, Column... columns) {
        this.tableName = tableName;
        this.hasIdentity = hasIdentity;
        StringBuilder names = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        types = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            names.append(i == 0 ? "" : ", ").append(columns[i].name());
            marks.append(i == 0 ? "?" : ", ?");
            types[i] = columns[i].type();
        }
        insertSql = "insert into " + tableName + " (" + names + ") values (" + marks + ")";
    }

    String tableName() {
        return tableName;
    }

    /** Whether the table has a generated id that must continue after the demo rows. */
    boolean hasIdentity() {
        return hasIdentity;
    }

    String insertSql() {
        return insertSql;
    }

    /** JDBC types of the columns, so that nulls and java.time values bind the same way on H2 and PostgreSQL. */
    int[] types() {
        return types.clone();
    }

    int columnCount() {
        return types.length;
    }

    private static Column col(String name, int type) {
        return new Column(name, type);
    }

    private record Column(String name, int type) {}
}
