package com.contas.admin.ui;

import com.contas.settings.SettingsService;
import com.contas.shell.FormDialog;
import com.contas.shell.Formats;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.contas.trash.TrashFilter;
import com.contas.trash.TrashRow;
import com.contas.trash.TrashService;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Everything deleted in the last 30 days, by kind, with restore; older items are purged every night. */
@Route(value = "admin/trash", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminTrashView extends ListPage<TrashRow, TrashFilter> {

    private final transient TrashService trash;
    private final Select<String> type = new Select<>();

    public AdminTrashView(TrashService trash, SettingsService settings) {
        super("admin.trash.title", null);
        this.trash = trash;
        readFrom((f, page) -> this.trash.list(f, page), (f, atMost) -> this.trash.count(f, atMost));
        Formats formats = new Formats(getLocale(), settings.get().timeZone());
        type.setLabel(getTranslation("admin.trash.filter.type"));
        type.setItems(TrashService.TYPES);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("list.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("list.all") : kind(t));
        type.addValueChangeListener(e -> refresh());
        addFilters(type);
        addToHeader(new Paragraph(getTranslation("admin.trash.intro", TrashService.KEEP_DAYS)));
        column("admin.trash.column.label", TrashRow::label, "label").setFlexGrow(3);
        column("admin.trash.column.type", r -> kind(r.type()), "type");
        column("admin.trash.column.deletedBy", TrashRow::deletedByName, null);
        column("admin.trash.column.deletedAt", r -> formats.dateTime(r.deletedAt()), "deletedAt");
        column("admin.trash.column.purgedAfter", r -> formats.date(r.purgedAfter()), null);
    }

    @Override
    protected TrashFilter filter() {
        return new TrashFilter(type.getValue(), searchText());
    }

    private String kind(String entity) {
        return getTranslation("admin.trash.type." + entity);
    }

    @Override
    protected FormDialog form(TrashRow row) {
        FormDialog dialog = new FormDialog(
                getTranslation("admin.trash.restoreTitle", kind(row.type()), row.label()),
                "admin.trash.restore",
                () -> trash.restore(row.type(), row.id()),
                () -> done("admin.trash.restored", row.label()));
        dialog.addContent(new Paragraph(getTranslation("admin.trash.restoreText")));
        return dialog;
    }
}
