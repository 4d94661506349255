package com.contas.deal.ui;

import com.contas.deal.DealFilter;
import com.contas.deal.DealRow;
import com.contas.deal.DealService;
import com.contas.deal.DealStatus;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
import com.contas.shell.FormDialog;
import com.contas.shell.Formats;
import com.contas.shell.ListPage;
import com.contas.shell.MainLayout;
import com.contas.shell.Pickers;
import com.contas.shell.RouteIds;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * All deals: search, filter by status and owner, sort in the database; open one to edit, win, lose or
 * reopen it. {@code /deals/{id}} opens that deal's form over the list (links from the account drawer);
 * an unknown id says so.
 */
@Route(value = "deals", layout = MainLayout.class)
@PermitAll
public class DealListView extends ListPage<DealRow, DealFilter> implements HasUrlParameter<Long> {

    private final transient DealService deals;
    private final List<UserSummary> users;
    private final Formats formats;
    private final transient DealForms forms;
    private final Select<DealStatus> status = new Select<>();
    private final ComboBox<UserSummary> owner;
    private final Long me;

    public DealListView(
            DealService deals,
            DealForms forms,
            UserService userService,
            SettingsService settings,
            CurrentUser currentUser) {
        super("nav.deals", "deals.new");
        this.deals = deals;
        readFrom((f, page) -> this.deals.list(f, page), (f, atMost) -> this.deals.count(f, atMost));
        this.users = userService.activeUsers();
        CompanySettings company = settings.get();
        this.formats = new Formats(getLocale(), company.timeZone());
        this.forms = forms;
        this.me = currentUser.idOrNull();
        status.setLabel(getTranslation("deals.filter.status"));
        status.setItems(DealStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("list.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("list.all") : getTranslation("deal.status." + s));
        status.addValueChangeListener(e -> refresh());
        owner = Pickers.users(getTranslation("deals.filter.owner"), users, null);
        owner.setPlaceholder(getTranslation("list.all"));
        owner.addValueChangeListener(e -> refresh());
        addFilters(status, owner);

        column("deals.column.title", DealRow::title, "title").setFlexGrow(3);
        linkColumn(
                        "deals.column.organization",
                        "organizations",
                        DealRow::organizationId,
                        DealRow::organizationName,
                        "organization")
                .setFlexGrow(2);
        column("deals.column.value", r -> formats.money(r.value(), r.currency()), "value")
                .setTextAlign(ColumnTextAlign.END);
        column("deals.column.status", r -> getTranslation("deal.status." + r.status()), "status");
        column("deals.column.stage", DealRow::stageName, "stage");
        column("deals.column.owner", DealRow::ownerName, "owner");
        column("deals.column.expectedClose", r -> formats.date(r.expectedCloseDate()), "expectedClose");
        column("deals.column.closed", r -> formats.date(r.wonAt() != null ? r.wonAt() : r.lostAt()), "closedAt");
    }

    @Override
    protected DealFilter filter() {
        return new DealFilter(searchText(), status.getValue(), Pickers.userId(owner));
    }

    @Override
    protected FormDialog form(DealRow row) {
        return row == null ? forms.add(null, users, me, this::done) : forms.edit(row.id(), false, users, this::done);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        deals.row(RouteIds.require(id))
                .ifPresentOrElse(
                        this::open,
                        () -> Notification.show(getTranslation("deals.notFound"), 4000, Notification.Position.MIDDLE));
    }
}
