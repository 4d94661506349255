package com.contas.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.common.StaleVersionException;
import com.contas.testsupport.ServiceTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonServiceTest extends ServiceTestBase {

    @Test
    void a_person_keeps_emails_and_phones_in_order() {
        long org = organization("Acme").id();
        PersonDetails p = people.create(new PersonInput(
                "João Silva",
                org,
                me,
                List.of("Joao@Acme.com.br", " ", "joao.silva@gmail.com"),
                List.of("+55 11 91234-5678")));

        assertThat(people.get(p.id())).satisfies(saved -> {
            assertThat(saved.emails()).containsExactly("joao@acme.com.br", "joao.silva@gmail.com");
            assertThat(saved.phones()).containsExactly("+55 11 91234-5678");
            assertThat(saved.organizationId()).isEqualTo(org);
        });
    }

    @Test
    void a_malformed_email_is_refused_and_nothing_is_written() {
        assertRefusedWithoutWrites(
                "emails", () -> people.create(new PersonInput("João", null, me, List.of("not-an-email"), List.of())));
    }

    @Test
    void a_phone_with_letters_is_refused_and_nothing_is_written() {
        assertRefusedWithoutWrites(
                "phones", () -> people.create(new PersonInput("João", null, me, List.of(), List.of("call me maybe"))));
    }

    @Test
    void a_deleted_organization_cannot_get_new_people() {
        var org = organization("Acme");
        organizations.delete(org.id(), org.version());
        assertRefusedWithoutWrites("organizationId", () -> person("João", org.id()));
    }

    @Test
    void an_edit_from_a_stale_version_is_refused() {
        PersonDetails p = person("João", null);
        people.update(p.id(), p.version(), new PersonInput("João Silva", null, me, List.of(), List.of()));

        assertThatThrownBy(() ->
                        people.update(p.id(), p.version(), new PersonInput("João S.", null, me, List.of(), List.of())))
                .isInstanceOf(StaleVersionException.class);
        assertThat(people.get(p.id()).name()).isEqualTo("João Silva");
    }
}
