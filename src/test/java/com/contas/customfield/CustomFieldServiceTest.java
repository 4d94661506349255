package com.contas.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.common.ValidationException;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CustomFieldServiceTest extends ServiceTestBase {

    @Autowired
    CustomFieldService fields;

    private CustomFieldInfo field(String name, CustomFieldType type, String... options) {
        return fields.create(new CustomFieldInput(name, type, List.of(options)));
    }

    private CustomFieldInfo current(long id) {
        return fields.allFields().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Test
    void a_user_is_refused_at_every_custom_field_admin_method() {
        CustomFieldInput input = new CustomFieldInput("Segment", CustomFieldType.TEXT, List.of());
        assertThatThrownBy(() -> fields.allFields()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fields.create(input)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fields.update(1, 0, input)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fields.move(1, 0, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fields.setArchived(1, 0, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(fields.activeFields()).isEmpty();
    }

    @Test
    void fields_are_created_renamed_reordered_and_archived() {
        data.signIn(DemoUser.ADMIN);
        CustomFieldInfo segment = field("Segment", CustomFieldType.OPTION, "SMB", "Enterprise", " smb ");
        CustomFieldInfo since = field("Client since", CustomFieldType.DATE);
        assertThat(segment.options()).containsExactly("SMB", "Enterprise");

        fields.update(
                segment.id(),
                segment.version(),
                new CustomFieldInput(
                        "Market segment", CustomFieldType.OPTION, List.of("SMB", "Enterprise", "Public sector")));
        fields.move(since.id(), since.version(), -1);
        assertThat(fields.activeFields())
                .extracting(CustomFieldInfo::name)
                .containsExactly("Client since", "Market segment");

        fields.setArchived(since.id(), current(since.id()).version(), true);
        assertThat(fields.activeFields()).extracting(CustomFieldInfo::name).containsExactly("Market segment");
        assertThat(current(since.id()).archived()).isTrue();
    }

    @Test
    void changing_the_type_is_refused_once_an_organization_has_a_value() {
        data.signIn(DemoUser.ADMIN);
        CustomFieldInfo size = field("Size", CustomFieldType.TEXT);
        long org = organization("Acme").id();
        fields.update(size.id(), size.version(), new CustomFieldInput("Size", CustomFieldType.NUMBER, List.of()));
        data.jdbc()
                .update(
                        "insert into custom_field_value (organization_id, field_id, number_value) values (?, ?, 12)",
                        org,
                        size.id());

        ValidationException e = assertRefusedWithoutWrites(
                "type",
                () -> fields.update(
                        size.id(),
                        current(size.id()).version(),
                        new CustomFieldInput("Size", CustomFieldType.TEXT, List.of())));
        assertThat(e.problems()).extracting(p -> p.messageKey()).containsExactly("validation.customField.typeInUse");
        // A rename alone is fine.
        fields.update(
                size.id(),
                current(size.id()).version(),
                new CustomFieldInput("Headcount", CustomFieldType.NUMBER, List.of()));
        assertThat(current(size.id()).name()).isEqualTo("Headcount");
    }

    @Test
    void bad_input_names_its_fields_and_writes_nothing() {
        data.signIn(DemoUser.ADMIN);
        field("Segment", CustomFieldType.TEXT);
        assertRefusedWithoutWrites("options", () -> field("Tier", CustomFieldType.OPTION));
        assertRefusedWithoutWrites("name", () -> field("  ", CustomFieldType.TEXT));
        assertRefusedWithoutWrites("name", () -> field("SEGMENT", CustomFieldType.NUMBER));
        assertRefusedWithoutWrites("type", () -> field("Other", null));
    }
}
