package com.contas.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.customfield.CustomFieldType;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.shell.FormDialog;
import com.contas.testsupport.ListViewTestBase;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminCustomFieldsViewTest extends ListViewTestBase {

    @Autowired
    OrganizationService organizations;

    @SuppressWarnings("unchecked")
    @Test
    void an_admin_creates_a_field_and_is_told_why_its_type_cannot_change_once_used() {
        signIn(DemoUser.ADMIN);
        ui().navigate(AdminCustomFieldsView.class);
        click(_get(AdminCustomFieldsView.class), "New custom field");
        FormDialog form = _get(FormDialog.class);
        field(form, TextField.class, "Name").setValue("Segment");
        field(form, Select.class, "Type").setValue(CustomFieldType.OPTION);
        click(form, "Save");
        assertThat(field(form, TextArea.class, "Options").getErrorMessage()).isEqualTo("Give at least one option");
        field(form, TextArea.class, "Options").setValue("SMB\nEnterprise");
        click(form, "Save");
        assertThat(column(0)).containsExactly("Segment");
        assertThat(column(2)).containsExactly("SMB, Enterprise");

        long org = organizations
                .create(new OrganizationInput("Acme", null, data.userId(DemoUser.ADMIN)))
                .id();
        long fieldId = data.jdbc().queryForObject("select id from custom_field", Long.class);
        data.jdbc()
                .update(
                        "insert into custom_field_value (organization_id, field_id, text_value) values (?, ?, 'SMB')",
                        org,
                        fieldId);

        FormDialog edit = openRow("Segment");
        field(edit, Select.class, "Type").setValue(CustomFieldType.TEXT);
        click(edit, "Save");
        assertThat(field(edit, Select.class, "Type").getErrorMessage())
                .isEqualTo("The type cannot change: organizations already have values for this field");
        assertThat(column(1)).containsExactly("Single option");
    }
}
