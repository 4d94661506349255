package com.contas.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.account.AccountQueries;
import com.contas.customfield.CustomValue;
import com.contas.file.FileService;
import com.contas.link.Links;
import com.contas.organization.OrganizationInput;
import com.contas.testsupport.ServiceTestBase;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A write that fails halfway leaves nothing behind. The failure is made by the database itself: a
 * check constraint, added for the test, refuses the last statement of the write.
 */
class FailedWritesTest extends ServiceTestBase {

    @Autowired
    FileService files;

    @Autowired
    AccountQueries accounts;

    private void withConstraint(String table, String check, Runnable test) {
        data.jdbc().execute("alter table " + table + " add constraint ck_test_failure check (" + check + ")");
        try {
            test.run();
        } finally {
            data.jdbc().execute("alter table " + table + " drop constraint ck_test_failure");
        }
    }

    @Test
    void an_organization_save_whose_custom_value_fails_changes_neither_the_organization_nor_its_history() {
        var org = organization("Acme");
        data.jdbc()
                .update("insert into custom_field (id, name, type, position, created_at) "
                        + "values (901, 'Segment', 'TEXT', 1, current_timestamp)");
        var before = data.rowCounts();

        withConstraint(
                "custom_field_value",
                "text_value <> 'FAIL'",
                () -> assertThatThrownBy(() -> organizations.update(
                                org.id(),
                                org.version(),
                                new OrganizationInput("Acme renamed", null, me),
                                Map.of(901L, new CustomValue("FAIL", null, null, null))))
                        .isInstanceOf(DataIntegrityViolationException.class));

        assertThat(organizations.get(org.id())).isEqualTo(org);
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    @Test
    void an_upload_whose_bytes_cannot_be_stored_leaves_no_file_row() {
        long org = organization("Acme").id();
        var before = data.rowCounts();

        withConstraint(
                "stored_file_content",
                "octet_length(content) <> 3",
                () -> assertThatThrownBy(() -> files.upload(
                                "three.bin",
                                "application/octet-stream",
                                new ByteArrayInputStream(new byte[] {1, 2, 3}),
                                new Links(org, null, null)))
                        .isInstanceOf(DataIntegrityViolationException.class));

        assertThat(data.rowCounts()).isEqualTo(before);
    }

    @Test
    void a_win_whose_history_record_fails_makes_no_account_and_no_aggregate_change() {
        long org = organization("Acme").id();
        var deal = deal(org, "500", "BRL");
        var before = data.rowCounts();
        var summaryBefore = data.jdbc().queryForMap("select * from account_summary where organization_id = ?", org);

        withConstraint(
                "change_record",
                "field <> 'status' or new_value <> 'WON'",
                () -> assertThatThrownBy(() -> deals.markWon(deal.id(), deal.version()))
                        .isInstanceOf(DataIntegrityViolationException.class));

        assertThat(deals.get(deal.id())).isEqualTo(deal);
        assertThat(accounts.details(org)).isEmpty();
        assertThat(data.jdbc().queryForMap("select * from account_summary where organization_id = ?", org))
                .isEqualTo(summaryBefore);
        assertThat(data.rowCounts()).isEqualTo(before);
    }
}
