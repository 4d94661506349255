package com.contas.admin.ui;

import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldInput;
import com.contas.customfield.CustomFieldService;
import com.contas.customfield.CustomFieldType;
import com.contas.shell.FormDialog;
import com.contas.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Custom fields of organizations: create, rename, reorder, archive. The fields are few (admins
 * define them one by one), so the grid shows them all in the admin's order.
 */
@Route(value = "admin/custom-fields", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminCustomFieldsView extends VerticalLayout implements HasDynamicTitle {

    private final transient CustomFieldService fields;
    private final Grid<CustomFieldInfo> grid = new Grid<>();

    public AdminCustomFieldsView(CustomFieldService fields) {
        this.fields = fields;
        addClassName("contas-page");
        setSizeFull();
        Button create = new Button(
                getTranslation("admin.fields.new"),
                VaadinIcon.PLUS.create(),
                e -> form(null).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(CustomFieldInfo::name)
                .setHeader(getTranslation("admin.fields.column.name"))
                .setFlexGrow(2);
        grid.addColumn(f -> getTranslation("admin.fields.type." + f.type()))
                .setHeader(getTranslation("admin.fields.column.type"));
        grid.addColumn(f -> String.join(", ", f.options()))
                .setHeader(getTranslation("admin.fields.column.options"))
                .setFlexGrow(2);
        grid.addColumn(f -> f.archived() ? getTranslation("admin.fields.archived") : "")
                .setHeader(getTranslation("admin.fields.column.status"));
        grid.addItemClickListener(e -> form(e.getItem()).open());
        add(new H2(getTranslation("admin.fields.title")), create, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(fields.allFields());
    }

    private FormDialog form(CustomFieldInfo field) {
        TextField name = new TextField(getTranslation("admin.fields.field.name"));
        name.setMaxLength(100);
        Select<CustomFieldType> type = new Select<>();
        type.setLabel(getTranslation("admin.fields.field.type"));
        type.setItems(CustomFieldType.values());
        type.setItemLabelGenerator(t -> getTranslation("admin.fields.type." + t));
        TextArea options = new TextArea(getTranslation("admin.fields.field.options"));
        options.setHelperText(getTranslation("admin.fields.optionsHelp"));
        FormDialog dialog = new FormDialog(
                field == null ? getTranslation("admin.fields.new") : getTranslation("admin.fields.edit", field.name()),
                "form.save",
                () -> {
                    CustomFieldInput input = new CustomFieldInput(
                            name.getValue(), type.getValue(), FormDialog.lines(options.getValue()));
                    if (field == null) {
                        fields.create(input);
                    } else {
                        fields.update(field.id(), field.version(), input);
                    }
                },
                () -> done("form.saved", name.getValue()));
        dialog.field("name", name);
        dialog.field("type", type);
        dialog.field("options", options);
        if (field == null) {
            type.setValue(CustomFieldType.TEXT);
            return dialog;
        }
        name.setValue(field.name());
        type.setValue(field.type());
        options.setValue(String.join("\n", field.options()));
        dialog.action("admin.fields.moveUp", () -> fields.move(field.id(), field.version(), -1), this::refresh);
        dialog.action("admin.fields.moveDown", () -> fields.move(field.id(), field.version(), 1), this::refresh);
        dialog.action(
                field.archived() ? "admin.fields.unarchive" : "admin.fields.archive",
                () -> fields.setArchived(field.id(), field.version(), !field.archived()),
                () -> done("form.saved", field.name()));
        return dialog;
    }

    private void done(String key, String name) {
        Notification.show(getTranslation(key, name), 4000, Notification.Position.BOTTOM_START);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.fields.title") + " · " + getTranslation("app.name");
    }
}
