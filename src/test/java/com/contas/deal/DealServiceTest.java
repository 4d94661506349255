package com.contas.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.common.StaleVersionException;
import com.contas.common.ValidationException;
import com.contas.organization.OrganizationDetails;
import com.contas.testsupport.MutableClock;
import com.contas.testsupport.ServiceTestBase;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DealServiceTest extends ServiceTestBase {

    private DealInput input(Long organizationId, String value, String currency) {
        return new DealInput(
                "Renewal 2026",
                value == null ? null : new BigDecimal(value),
                currency,
                organizationId,
                null,
                me,
                null,
                null);
    }

    @Test
    void a_new_deal_is_open_in_the_first_stage() {
        OrganizationDetails org = organization("Acme");
        DealDetails deal = deals.create(input(org.id(), "1500.50", "brl"));

        assertThat(deal.status()).isEqualTo(DealStatus.OPEN);
        assertThat(deal.currency()).isEqualTo("BRL");
        assertThat(deal.value()).isEqualByComparingTo("1500.50");
        assertThat(deal.stageId()).isEqualTo(deals.stages().get(0).id());
    }

    @Test
    void a_negative_value_is_refused_and_nothing_is_written() {
        long org = organization("Acme").id();
        assertRefusedWithoutWrites("value", () -> deals.create(input(org, "-1", "BRL")));
    }

    @Test
    void an_absurd_value_is_refused_and_nothing_is_written() {
        long org = organization("Acme").id();
        assertRefusedWithoutWrites("value", () -> deals.create(input(org, "1e15", "BRL")));
        assertRefusedWithoutWrites("value", () -> deals.create(input(org, "10.001", "BRL")));
    }

    @Test
    void an_unknown_currency_is_refused_and_nothing_is_written() {
        long org = organization("Acme").id();
        assertRefusedWithoutWrites("currency", () -> deals.create(input(org, "10", "XYZ")));
        assertRefusedWithoutWrites("currency", () -> deals.create(input(org, "10", "EURO")));
    }

    @Test
    void unknown_and_deleted_organizations_are_refused_and_nothing_is_written() {
        OrganizationDetails org = organization("Acme");
        organizations.delete(org.id(), org.version());

        assertRefusedWithoutWrites("organizationId", () -> deals.create(input(987_654L, "10", "BRL")));
        assertRefusedWithoutWrites("organizationId", () -> deals.create(input(org.id(), "10", "BRL")));
    }

    @Test
    void a_deal_without_organization_or_person_is_refused() {
        assertRefusedWithoutWrites("organizationId", () -> deals.create(input(null, "10", "BRL")));
    }

    @Test
    void a_deal_for_a_person_belongs_to_the_persons_organization() {
        long org = organization("Acme").id();
        long person = person("Ana Souza", org).id();

        DealDetails deal = deals.create(new DealInput("Licenses", BigDecimal.TEN, "USD", null, person, me, null, null));

        assertThat(deal.organizationId()).isEqualTo(org);
    }

    @Test
    void marking_won_sets_won_at_from_the_clock_and_reopening_clears_it() {
        DealDetails deal = deal(organization("Acme").id(), "100", "BRL");

        DealDetails won = deals.markWon(deal.id(), deal.version());
        assertThat(won.status()).isEqualTo(DealStatus.WON);
        assertThat(won.wonAt()).isEqualTo(MutableClock.DEFAULT_NOW);

        DealDetails reopened = deals.reopen(won.id(), won.version());
        assertThat(reopened.status()).isEqualTo(DealStatus.OPEN);
        assertThat(reopened.wonAt()).isNull();
    }

    @Test
    void a_lost_deal_needs_a_reason_and_nothing_is_written_without_one() {
        DealDetails deal = deal(organization("Acme").id(), "100", "BRL");

        assertRefusedWithoutWrites("lostReason", () -> deals.markLost(deal.id(), deal.version(), "  "));
        assertThat(deals.get(deal.id()).status()).isEqualTo(DealStatus.OPEN);

        DealDetails lost = deals.markLost(deal.id(), deal.version(), "Price too high");
        assertThat(lost.status()).isEqualTo(DealStatus.LOST);
        assertThat(lost.lostReason()).isEqualTo("Price too high");
    }

    @Test
    void winning_a_deal_twice_is_refused() {
        DealDetails won =
                deals.markWon(deal(organization("Acme").id(), "100", "BRL").id(), 0);
        assertThatThrownBy(() -> deals.markWon(won.id(), won.version())).isInstanceOf(ValidationException.class);
    }

    @Test
    void a_status_change_from_a_stale_version_is_refused() {
        DealDetails deal = deal(organization("Acme").id(), "100", "BRL");
        deals.markWon(deal.id(), deal.version());

        assertThatThrownBy(() -> deals.markLost(deal.id(), deal.version(), "Too late"))
                .isInstanceOf(StaleVersionException.class);
        assertThat(deals.get(deal.id()).status()).isEqualTo(DealStatus.WON);
    }

    @Test
    void status_and_value_changes_are_recorded_in_the_organizations_history() {
        long org = organization("Acme").id();
        DealDetails deal = deal(org, "100", "BRL");
        DealDetails changed = deals.update(
                deal.id(),
                deal.version(),
                new DealInput(deal.title(), new BigDecimal("250"), "BRL", org, null, me, null, null));
        deals.markWon(changed.id(), changed.version());

        assertThat(data.jdbc()
                        .queryForList(
                                "select field || ':' || old_value || '->' || new_value from change_record where organization_id = ? "
                                        + "order by id",
                                String.class,
                                org))
                .containsExactly("value:100.00->250.00", "status:OPEN->WON");
    }

    @Test
    void a_deleted_deal_can_be_restored() {
        DealDetails deal = deal(organization("Acme").id(), "100", "BRL");
        deals.delete(deal.id(), deal.version());
        assertThat(deals.find(deal.id())).isEmpty();

        deals.restore(deal.id());
        assertThat(deals.find(deal.id())).isPresent();
    }
}
