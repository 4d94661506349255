package com.contas.account;

import com.contas.common.SqlList;
import java.sql.Connection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The reconciliation's query over every organization, for tests that check a database from outside the app. */
public final class SummaryDriftSql {

    private SummaryDriftSql() {}

    /** The organizations whose stored summary differs from a recomputation (or is missing); none when clean. */
    public static List<Long> drifting(Connection connection) {
        return new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true))
                .query(
                        SummarySql.drift(SummarySql.Scope.ALL),
                        SqlList.foldingParameters(new MapSqlParameterSource()),
                        (rs, n) -> rs.getLong("organization_id"));
    }
}
