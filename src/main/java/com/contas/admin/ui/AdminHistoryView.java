package com.contas.admin.ui;

import com.contas.detail.ui.DetailFormat;
import com.contas.history.HistoryFilter;
import com.contas.history.HistoryRow;
import com.contas.history.HistoryService;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.SettingsService;
import com.contas.shell.DatePickers;
import com.contas.shell.Formats;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.contas.shell.Pickers;
import com.contas.trash.TrashService;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;

/** Every recorded change (who, when, what from what to what), filtered by kind, user and dates; read only. */
@Route(value = "admin/history", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminHistoryView extends ListPage<HistoryRow, HistoryFilter> {

    private final transient HistoryService history;
    private final ZoneId zone;
    private final Formats formats;
    private final Select<String> type = new Select<>();
    private final ComboBox<UserSummary> user;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public AdminHistoryView(HistoryService history, UserService users, SettingsService settings) {
        super("admin.history.title", null);
        this.history = history;
        readFrom((f, page) -> this.history.list(f, page), (f, atMost) -> this.history.count(f, atMost));
        this.zone = settings.get().timeZone();
        this.formats = new Formats(getLocale(), zone);
        type.setLabel(getTranslation("admin.history.filter.type"));
        type.setItems(TrashService.TYPES);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("list.all"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("list.all") : getTranslation("admin.trash.type." + t));
        user = Pickers.users(getTranslation("admin.history.filter.user"), users.activeUsers(), null);
        user.setPlaceholder(getTranslation("list.all"));
        from.setLabel(getTranslation("admin.history.filter.from"));
        to.setLabel(getTranslation("admin.history.filter.to"));
        DatePickers.localized(from, this);
        DatePickers.localized(to, this);
        type.addValueChangeListener(e -> refresh());
        user.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        addFilters(type, user, from, to);
        column("admin.history.column.changedAt", r -> formats.dateTime(r.changedAt()), "changedAt");
        column("admin.history.column.user", HistoryRow::changedByName, "user");
        column(
                "admin.history.column.type",
                r -> getTranslation("admin.trash.type." + r.entityType()) + " #" + r.entityId(),
                "entityType");
        column("admin.history.column.field", r -> DetailFormat.historyField(this, r.field()), "field");
        column("admin.history.column.change", this::change, null).setFlexGrow(3).setTooltipGenerator(this::change);
    }

    /** Values are user text: the grid renders them as text, never as HTML. */
    private String change(HistoryRow row) {
        return getTranslation("admin.history.change", text(row.oldValue()), text(row.newValue()));
    }

    private String text(String value) {
        return value == null ? getTranslation("admin.history.empty") : value;
    }

    @Override
    protected HistoryFilter filter() {
        LocalDate until = to.getValue() == null ? null : to.getValue().plusDays(1);
        return new HistoryFilter(
                type.getValue(),
                Pickers.userId(user),
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(zone).toInstant(),
                until == null ? null : until.atStartOfDay(zone).toInstant(),
                searchText());
    }
}
