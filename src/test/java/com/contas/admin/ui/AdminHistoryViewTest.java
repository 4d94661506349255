package com.contas.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.ListViewTestBase;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminHistoryViewTest extends ListViewTestBase {

    @Autowired
    OrganizationService organizations;

    @SuppressWarnings("unchecked")
    @Test
    void an_admin_sees_who_changed_what_and_filters_by_kind_and_day() {
        signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        var org = organizations.create(new OrganizationInput("Acme", null, me));
        organizations.update(org.id(), org.version(), new OrganizationInput("Acme <b>Corp</b>", null, me));

        signIn(DemoUser.ADMIN);
        ui().navigate(AdminHistoryView.class);
        assertThat(column(1)).containsExactly("Lucas Ferreira");
        assertThat(column(3)).containsExactly("name");
        assertThat(column(4)).containsExactly("Acme → Acme <b>Corp</b>");

        field(_get(AdminHistoryView.class), Select.class, "Kind").setValue("Deal");
        assertThat(column(0)).isEmpty();
        field(_get(AdminHistoryView.class), Select.class, "Kind").setValue(null);
        field(_get(AdminHistoryView.class), DatePicker.class, "From").setValue(LocalDate.of(2026, 3, 12));
        assertThat(column(0)).isEmpty();
        field(_get(AdminHistoryView.class), DatePicker.class, "Until").setValue(LocalDate.of(2026, 3, 12));
        field(_get(AdminHistoryView.class), DatePicker.class, "From").setValue(LocalDate.of(2026, 3, 11));
        assertThat(column(3)).containsExactly("name");
    }
}
