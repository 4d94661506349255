package com.contas.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.common.StaleVersionException;
import com.contas.organization.OrganizationInput;
import com.contas.testsupport.ServiceTestBase;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomFieldValuesTest extends ServiceTestBase {

    @Autowired
    CustomFieldValues values;

    long text = 901;
    long number = 902;
    long money = 903;
    long date = 904;
    long option = 905;
    long yesNo = 906;

    @BeforeEach
    void fields() {
        insertField(text, "Segment", "TEXT", null);
        insertField(number, "Employees", "NUMBER", null);
        insertField(money, "Budget", "MONEY", null);
        insertField(date, "Renewal", "DATE", null);
        insertField(option, "Tier", "OPTION", "Gold\nSilver");
        insertField(yesNo, "Key account", "YES_NO", null);
    }

    private void insertField(long id, String name, String type, String options) {
        data.jdbc()
                .update(
                        "insert into custom_field (id, name, type, options, position, created_at) "
                                + "values (?, ?, ?, ?, ?, current_timestamp)",
                        id,
                        name,
                        type,
                        options,
                        (int) id);
    }

    @Test
    void values_of_every_type_are_saved_with_the_organization_and_recorded_in_its_history() {
        var org = organization("Acme");
        Map<Long, CustomValue> typed = Map.of(
                text,
                new CustomValue("  Retail ", null, null, null),
                number,
                new CustomValue(null, new BigDecimal("120"), null, null),
                money,
                new CustomValue(null, new BigDecimal("1500.50"), null, "usd"),
                date,
                new CustomValue(null, null, LocalDate.of(2026, 12, 1), null),
                option,
                new CustomValue("Gold", null, null, null));

        var saved = organizations.update(org.id(), org.version(), new OrganizationInput("Acme", null, me), typed);

        Map<Long, CustomValue> stored = values.of(org.id());
        assertThat(stored.get(text).text()).isEqualTo("Retail");
        assertThat(stored.get(number).number()).isEqualByComparingTo("120");
        assertThat(stored.get(money).currency()).isEqualTo("USD");
        assertThat(stored.get(date).date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(stored.get(option).text()).isEqualTo("Gold");
        assertThat(saved.version())
                .isEqualTo(organizations.get(org.id()).version())
                .isGreaterThan(org.version());
        assertThat(data.jdbc()
                        .queryForObject("select count(*) from change_record where field like 'custom:%'", Long.class))
                .isEqualTo(5);
    }

    @Test
    void a_change_of_custom_values_alone_bumps_the_version_so_a_second_editor_gets_the_conflict() {
        var org = organization("Acme");
        var input = new OrganizationInput(org.name(), org.address(), me);
        organizations.update(org.id(), org.version(), input, Map.of(text, new CustomValue("A", null, null, null)));

        assertThatThrownBy(() -> organizations.update(
                        org.id(), org.version(), input, Map.of(text, new CustomValue("B", null, null, null))))
                .isInstanceOf(StaleVersionException.class);
        assertThat(values.of(org.id()).get(text).text()).isEqualTo("A");
    }

    @Test
    void an_empty_value_clears_the_field() {
        var org = organization("Acme");
        var input = new OrganizationInput(org.name(), org.address(), me);
        var saved = organizations.update(
                org.id(), org.version(), input, Map.of(text, new CustomValue("A", null, null, null)));
        organizations.update(org.id(), saved.version(), input, Map.of(text, new CustomValue("  ", null, null, null)));

        assertThat(values.of(org.id())).doesNotContainKey(text);
    }

    @Test
    void bad_values_are_refused_per_field_together_with_the_organizations_own_problems_and_nothing_is_written() {
        var org = organization("Acme");
        Map<Long, CustomValue> typed = new HashMap<>();
        typed.put(number, new CustomValue(null, new BigDecimal("1.23456"), null, null));
        typed.put(money, new CustomValue(null, new BigDecimal("10"), null, "XYZ"));
        typed.put(date, new CustomValue(null, null, LocalDate.of(1200, 1, 1), null));
        typed.put(option, new CustomValue("Platinum", null, null, null));
        typed.put(yesNo, new CustomValue("maybe", null, null, null));
        typed.put(999L, new CustomValue("?", null, null, null));

        var e = assertRefusedWithoutWrites(
                "name",
                () -> organizations.update(org.id(), org.version(), new OrganizationInput(" ", null, me), typed));

        assertThat(e.problems())
                .extracting(p -> p.field() + ":" + p.messageKey())
                .contains(
                        "cf" + number + ":validation.tooManyDecimals",
                        "cf" + money + ":validation.unknownCurrency",
                        "cf" + date + ":validation.dateOutOfRange",
                        "cf" + option + ":validation.unknownOption",
                        "cf" + yesNo + ":validation.unknownOption",
                        "cf999:validation.unknownField");
    }

    @Test
    void money_without_a_currency_and_a_huge_number_are_refused() {
        var org = organization("Acme");
        var e = assertRefusedWithoutWrites(
                "cf" + money,
                () -> organizations.update(
                        org.id(),
                        org.version(),
                        new OrganizationInput("Acme", null, me),
                        Map.of(
                                money, new CustomValue(null, BigDecimal.ONE, null, null),
                                number, new CustomValue(null, new BigDecimal("1e20"), null, null))));
        assertThat(e.problems())
                .extracting(p -> p.field() + ":" + p.messageKey())
                .contains("cf" + money + ":validation.currencyRequired", "cf" + number + ":validation.tooLarge");
    }

    @Test
    void a_yes_no_field_keeps_yes_or_no() {
        var org = organization("Acme");
        organizations.update(
                org.id(),
                org.version(),
                new OrganizationInput("Acme", null, me),
                Map.of(yesNo, new CustomValue("yes", null, null, null)));
        assertThat(values.of(org.id()).get(yesNo).text()).isEqualTo("yes");
    }
}
