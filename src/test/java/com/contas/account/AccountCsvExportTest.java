package com.contas.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityType;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldInput;
import com.contas.customfield.CustomFieldService;
import com.contas.customfield.CustomFieldType;
import com.contas.security.DemoUser;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.ServiceTestBase;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class AccountCsvExportTest extends ServiceTestBase {

    @Autowired
    Accounts given;

    @Autowired
    AccountCsvExport export;

    @Autowired
    AccountQueries accounts;

    @Autowired
    CustomFieldService customFields;

    private long account(String name, String value) {
        return given.account(name, me, value);
    }

    @Test
    void custom_fields_follow_the_list_columns_a_money_field_with_its_currency_and_text_is_kept_harmless() {
        data.signIn(DemoUser.ADMIN);
        CustomFieldInfo segment = customFields.create(new CustomFieldInput("Segment", CustomFieldType.TEXT, null));
        CustomFieldInfo budget = customFields.create(new CustomFieldInput("Budget", CustomFieldType.MONEY, null));
        CustomFieldInfo renewal = customFields.create(new CustomFieldInput("Renewal", CustomFieldType.DATE, null));
        long acme = account("Acme Corp", "100");
        account("Bruno Ltda", "50");
        data.jdbc()
                .update(
                        "insert into custom_field_value (organization_id, field_id, text_value) values (?, ?, ?)",
                        acme,
                        segment.id(),
                        "=cmd|' /C calc'!A0");
        data.jdbc()
                .update(
                        "insert into custom_field_value (organization_id, field_id, number_value, currency) values (?, ?, ?, ?)",
                        acme,
                        budget.id(),
                        new BigDecimal("1500.50"),
                        "USD");
        data.jdbc()
                .update(
                        "insert into custom_field_value (organization_id, field_id, date_value) values (?, ?, ?)",
                        acme,
                        renewal.id(),
                        java.sql.Date.valueOf(LocalDate.of(2026, 9, 1)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(
                AccountFilter.ALL,
                AccountSort.BY_NAME,
                null,
                AccountCsvExport.COLUMNS,
                List.of(segment, budget, renewal),
                ZoneId.of("America/Sao_Paulo"),
                "BRL",
                out);

        byte[] bytes = out.toByteArray();
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        int first = AccountCsvExport.COLUMNS.size();
        assertThat(rows.get(0).subList(first, rows.get(0).size()))
                .containsExactly("Segment", "Budget", "Budget · currency", "Renewal");
        assertThat(rows.get(1).get(1)).isEqualTo("Acme Corp");
        assertThat(rows.get(1).subList(first, rows.get(1).size()))
                .containsExactly("'=cmd|' /C calc'!A0", "1500.5000", "USD", "2026-09-01");
        assertThat(rows.get(2).subList(first, rows.get(2).size())).containsExactly("", "", "", "");
    }

    /** A small CSV reader: quoted cells with doubled quotes, commas and line breaks inside. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void the_export_holds_every_matching_account_in_order_after_a_bom_and_a_header() {
        long acme = account("Acme, \"the\" company", "1000.50");
        long sao = account("São Paulo Ltda", "200");
        account("=HYPERLINK(\"http://evil\")", "5");
        activities.schedule(new ActivityInput(
                ActivityType.CALL, "Renewal call", LocalDate.of(2026, 3, 12), null, null, null, sao, null, null, me));
        organization("Not an account");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountSort sort = new AccountSort(AccountSort.Field.WON_VALUE, false);
        long written = export.write(
                AccountFilter.ALL,
                sort,
                null,
                AccountCsvExport.COLUMNS,
                List.of(),
                ZoneId.of("America/Sao_Paulo"),
                "BRL",
                out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(3);
        assertThat(rows.get(0)).isEqualTo(AccountCsvExport.COLUMNS);
        // The file's order is a contract with whoever reads it: new columns go last.
        assertThat(AccountCsvExport.COLUMNS)
                .containsExactly(
                        "id",
                        "name",
                        "owner",
                        "since",
                        "wonCount",
                        "wonValue",
                        "currency",
                        "openCount",
                        "openValue",
                        "people",
                        "next",
                        "nextSubject",
                        "last",
                        "bucket");
        List<AccountRow> expected = accounts.page(AccountFilter.ALL, sort, 0, 100);
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> Long.parseLong(r.get(0)))
                .containsExactlyElementsOf(expected.stream().map(AccountRow::id).toList());
        assertThat(rows.get(1))
                .containsExactly(
                        Long.toString(acme),
                        "Acme, \"the\" company",
                        "Lucas Ferreira",
                        "2026-03-11",
                        "1",
                        "1000.50",
                        "BRL",
                        "0",
                        "0.00",
                        "0",
                        "",
                        "",
                        "",
                        "NO_ACTIVITY");
        assertThat(rows.get(2)).contains("São Paulo Ltda", "2026-03-12", "Renewal call", "THIS_WEEK");
        assertThat(rows.get(3).get(1)).startsWith("'=HYPERLINK");
    }

    @Test
    void the_export_follows_the_filter() {
        account("Acme", "10");
        long sao = account("São Paulo Ltda", "20");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(
                AccountFilter.ALL.withSearch("sao"),
                AccountSort.BY_NAME,
                null,
                AccountCsvExport.COLUMNS,
                List.of(),
                ZoneId.of("UTC"),
                "BRL",
                out);
        List<List<String>> rows = parse(out.toString(StandardCharsets.UTF_8).substring(1));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(Long.toString(sao));
    }

    @Test
    void the_rows_are_read_in_pages_and_handed_over_in_order_with_no_transaction_open() {
        for (String name : List.of("Delta", "Alfa", "Echo", "Charlie", "Bravo")) {
            account(name, "10");
        }
        List<String> names = new ArrayList<>();
        List<String> heldWhileHandingOver = new ArrayList<>();
        accounts.forEach(AccountFilter.ALL, AccountSort.BY_NAME, 2, row -> {
            names.add(row.name());
            if (TransactionSynchronizationManager.isActualTransactionActive()
                    || !TransactionSynchronizationManager.getResourceMap().isEmpty()) {
                heldWhileHandingOver.add(row.name());
            }
        });
        assertThat(names).containsExactly("Alfa", "Bravo", "Charlie", "Delta", "Echo");
        assertThat(heldWhileHandingOver).isEmpty();
    }

    @Test
    void while_three_exports_run_a_fourth_is_refused_at_once_and_the_next_one_after_them_runs() throws Exception {
        account("Acme", "10");
        CountDownLatch started = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService slowClients = Executors.newFixedThreadPool(3);
        try {
            List<Future<Long>> running = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                running.add(slowClients.submit(() -> export.write(
                        AccountFilter.ALL,
                        AccountSort.BY_NAME,
                        null,
                        AccountCsvExport.COLUMNS,
                        List.of(),
                        ZoneId.of("UTC"),
                        "BRL",
                        new OutputStream() {
                            private boolean first = true;

                            @Override
                            public void write(int b) {}

                            @Override
                            public void write(byte[] b, int off, int len) {
                                if (first) {
                                    first = false;
                                    started.countDown();
                                    awaitQuietly(release);
                                }
                            }
                        })));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            ByteArrayOutputStream fourth = new ByteArrayOutputStream();
            var busy = catchThrowableOfType(
                    AccountCsvExport.Busy.class,
                    () -> export.write(
                            AccountFilter.ALL,
                            AccountSort.BY_NAME,
                            null,
                            AccountCsvExport.COLUMNS,
                            List.of(),
                            ZoneId.of("UTC"),
                            "BRL",
                            fourth));
            assertThat(busy).isNotNull();
            assertThat(busy.messageKey()).isEqualTo("accounts.export.busy");
            assertThat(fourth.size()).isZero();

            release.countDown();
            for (Future<Long> export : running) {
                assertThat(export.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            ByteArrayOutputStream next = new ByteArrayOutputStream();
            assertThat(export.write(
                            AccountFilter.ALL,
                            AccountSort.BY_NAME,
                            null,
                            AccountCsvExport.COLUMNS,
                            List.of(),
                            ZoneId.of("UTC"),
                            "BRL",
                            next))
                    .isEqualTo(1);
        } finally {
            release.countDown();
            slowClients.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
