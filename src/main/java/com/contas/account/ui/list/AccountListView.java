package com.contas.account.ui.list;

import com.contas.account.AccountBucket;
import com.contas.account.AccountBulkService;
import com.contas.account.AccountCsvExport;
import com.contas.account.AccountDetails;
import com.contas.account.AccountFilter;
import com.contas.account.AccountKpis;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.AccountSort;
import com.contas.account.AccountSort.Field.Kind;
import com.contas.account.SavedView;
import com.contas.account.SavedViewService;
import com.contas.account.ui.AccountFilterBar;
import com.contas.account.ui.AccountUrlState;
import com.contas.account.ui.AccountViews;
import com.contas.account.ui.SavedViewsMenu;
import com.contas.account.ui.drawer.AccountDrawer;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldService;
import com.contas.customfield.CustomValue;
import com.contas.detail.ui.DetailFormat;
import com.contas.live.AccountChange;
import com.contas.live.ChangeCache;
import com.contas.live.LiveUpdates;
import com.contas.live.ui.LiveScreen;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSettings;
import com.contas.security.UserSummary;
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
import com.contas.shell.MainLayout;
import com.contas.shell.Messages;
import com.contas.shell.RouteIds;
import com.contas.shell.ScreenWidth;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.provider.SortOrder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The accounts list: KPI tiles, filters kept in the URL, a lazy grid that the database sorts and
 * filters, footer totals, a column chooser remembered per user, and a CSV export of the filter. A
 * row opens the account drawer over the list at {@code /accounts/{id}} (same filters); closing it
 * or the browser's back button returns to the list as it was.
 */
@Route(value = "accounts/:id?" + RouteIds.PATTERN, layout = MainLayout.class)
@PermitAll
public class AccountListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COLUMNS_SETTING = "accounts.columns";
    /** What a phone's grid shows; the other chosen columns are in a row's details. */
    static final Set<String> PHONE_COLUMNS = Set.of(
            AccountSort.Field.NAME.key(), AccountSort.Field.NEXT_ACTIVITY.key(), AccountSort.Field.WON_VALUE.key());

    private final transient AccountQueries accounts;
    private final transient UserSettings userSettings;
    private final transient AccountCsvExport csvExport;
    private final AccountDrawer drawer;
    private final transient ChangeCache changeCache;
    /** This screen's own writes: what another screen read for a live update before them is read again. */
    private final ChangeCache.Writes writes = new ChangeCache.Writes();

    private final DetailFormat format;
    private final ZoneId zone;
    private final String currency;
    private final Long me;
    private final int notContactedDefault;
    private final List<CustomFieldInfo> customFields;
    private final List<String> csvHeaders;

    private final KpiTiles tiles = new KpiTiles(this::tileClicked);
    private final Grid<AccountRow> grid = new Grid<>();
    private final Map<String, Grid.Column<AccountRow>> columns = new LinkedHashMap<>();
    private final Div emptyState = new Div();
    private FooterRow footer;
    private MenuBar columnsButton;
    /** On a phone, the columns the user chose (shown on a desktop, in a row's details here); null on a desktop. */
    private Set<String> chosenOnPhone;

    private AccountFilterBar filterBar;

    /** Custom field values of the rows fetched since the last refresh, by organization and field. */
    private final Map<Long, Map<Long, CustomValue>> customValues = new HashMap<>();

    /** The count of the current filter when the footer already knows it (-1: ask the database). */
    private long knownCount = -1;

    private volatile AccountUrlState state = AccountUrlState.DEFAULT;
    private final transient SavedViewService savedViews;

    private SavedViewsMenu viewsMenu;
    private final BulkBar bulkBar;
    private boolean applyingState;
    private boolean shown;
    /** The filters as a query string ("?q=…" or ""), for the links that open the drawer. */
    private String query = "";

    public AccountListView(
            AccountQueries accounts,
            UserService users,
            CurrentUser currentUser,
            CustomFieldService customFieldService,
            UserSettings userSettings,
            SettingsService settings,
            AccountCsvExport csvExport,
            AccountDrawer drawer,
            LiveUpdates live,
            ChangeCache changeCache,
            SavedViewService savedViews,
            AccountBulkService bulk) {
        this.changeCache = changeCache;
        this.savedViews = savedViews;
        this.accounts = accounts;
        this.drawer = drawer;
        this.userSettings = userSettings;
        this.csvExport = csvExport;
        CompanySettings company = settings.get();
        this.zone = company.timeZone();
        this.currency = company.defaultCurrency();
        this.format = new DetailFormat(
                getLocale(),
                company.timeZone(),
                company.defaultCurrency(),
                accounts.calendar().today());
        this.me = currentUser.idOrNull();
        this.notContactedDefault = company.notContactedDays();
        this.customFields = customFieldService.activeFields();
        this.csvHeaders = AccountCsvExport.COLUMNS.stream()
                .map(c -> getTranslation("accounts.csv." + c))
                .toList();

        addClassName("contas-page");
        setSizeFull();
        // Check boxes choose rows for bulk actions; "all N matching" is the bulk bar's, not the grid's.
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        ((GridMultiSelectionModel<AccountRow>) grid.getSelectionModel())
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        List<UserSummary> activeUsers = users.activeUsers();
        int followUpDays = company.followUpDays();
        bulkBar = new BulkBar(
                bulk,
                grid,
                activeUsers,
                me,
                () -> state.filter(),
                () -> this.accounts.calendar().today().plusDays(followUpDays),
                this::refresh);
        Anchor exportChosen =
                new Anchor(csvDownload(bulkBar::exportIds), AttachmentType.DOWNLOAD, getTranslation("bulk.export"));
        exportChosen.addClassName("contas-bulk-export");
        bulkBar.addExport(exportChosen);
        add(header(), tiles, filters(activeUsers), bulkBar, grid, drawer);
        configureGrid();
        setFlexGrow(1, grid);
        drawer.addCloseRequestedListener(e -> {
            Optional<Long> shown = drawer.organizationId();
            navigate(null);
            shown.ifPresent(this::focusRow);
        });
        drawer.addAccountChangedListener(e -> {
            writes.happened();
            refresh();
        });
        LiveScreen.follow(this, live, this::liveChange);
        ScreenWidth.follow(this, this::phoneLayout);
    }

    /**
     * On a phone the grid shows the name, the next activity and the won value; tapping a row shows
     * the other chosen columns under it (the name's link opens the drawer). The user's choice of
     * columns is kept, and comes back on a wider window.
     */
    void phoneLayout(boolean phone) {
        if (phone == (chosenOnPhone != null)) {
            return;
        }
        if (phone) {
            chosenOnPhone =
                    new LinkedHashSet<>(Arrays.asList(visibleColumnKeys().split(",")));
            columns.forEach((key, column) -> column.setVisible(PHONE_COLUMNS.contains(key)));
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setItemDetailsRenderer(new ComponentRenderer<>(this::rowDetails));
        } else {
            Set<String> chosen = chosenOnPhone;
            chosenOnPhone = null;
            columns.forEach((key, column) -> column.setVisible(chosen.contains(key)));
            grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.setItemDetailsRenderer(null);
        }
        columnsButton.setVisible(!phone);
        filterBar.phoneLayout(phone);
        fitPhoneColumns(phone);
        // The won value's cell is drawn another way on a phone.
        grid.getDataCommunicator().reset();
    }

    /**
     * Three columns fit a phone's width (no sideways scrolling): narrow starting widths that share
     * the rest, and no check boxes (bulk actions are a desktop's). A desktop sizes them to their
     * content again.
     */
    private void fitPhoneColumns(boolean phone) {
        columns.get(AccountSort.Field.NAME.key())
                .setAutoWidth(!phone)
                .setWidth(phone ? "5rem" : "100px")
                .setFlexGrow(phone ? 1 : 3);
        columns.get(AccountSort.Field.NEXT_ACTIVITY.key())
                .setAutoWidth(!phone)
                .setWidth(phone ? "5rem" : "100px")
                .setFlexGrow(phone ? 1 : 3);
        columns.get(AccountSort.Field.WON_VALUE.key())
                .setAutoWidth(!phone)
                .setWidth(phone ? "8.5rem" : "100px")
                .setFlexGrow(phone ? 0 : 1);
        grid.getElement()
                .executeJs(
                        "const c = this.querySelector('vaadin-grid-flow-selection-column'); if (c) c.hidden = $0",
                        phone);
        if (phone) {
            grid.deselectAll();
        }
    }

    /** A row's details on a phone: the chosen columns the grid leaves out, as "label value" lines of text. */
    private Component rowDetails(AccountRow row) {
        Div details = new Div();
        details.addClassName("contas-row-details");
        columns.keySet().stream()
                .filter(key -> chosenOnPhone != null && chosenOnPhone.contains(key) && !PHONE_COLUMNS.contains(key))
                .forEach(key -> {
                    Span label = new Span(headerOf(key));
                    label.addClassName("contas-fact-label");
                    Span value = new Span(detailValue(key, row));
                    Div line = new Div(label, value);
                    line.addClassName("contas-row-detail");
                    details.add(line);
                });
        return details;
    }

    private String detailValue(String key, AccountRow row) {
        if (key.startsWith("cf")) {
            long id = Long.parseLong(key.substring(2));
            return customFields.stream()
                    .filter(f -> f.id() == id)
                    .findFirst()
                    .map(f -> format.customValue(
                            f.type(),
                            customValues.getOrDefault(row.id(), Map.of()).get(id)))
                    .orElse("");
        }
        AccountSort.Field field = AccountSort.Field.byKey(key).orElseThrow();
        if (field == AccountSort.Field.LAST_ACTIVITY) {
            return row.lastActivityAt() == null
                    ? getTranslation("accounts.last.never")
                    : format.ago(this, row.lastActivityAt());
        }
        return cell(field, row);
    }

    /** Whether a column is chosen: on screen, or on a phone in a row's details. */
    private boolean isChosen(String key) {
        return chosenOnPhone != null
                ? chosenOnPhone.contains(key)
                : columns.get(key).isVisible();
    }

    /**
     * Someone else changed accounts: the tiles and totals are read again; the rows of those
     * accounts are redrawn in place (the grid keeps its scroll position and the user their place),
     * unless accounts came or went, when the grid reloads around where it is.
     */
    private void liveChange(AccountChange change) {
        long countBefore = knownCount;
        refreshNumbers(filter -> changeCache.get(change, List.of("kpis", filter), () -> accounts.kpis(filter), writes));
        if (change.everything() || knownCount != countBefore) {
            customValues.clear();
            grid.getDataProvider().refreshAll();
        } else {
            for (long id : change.organizationIds()) {
                changeCache
                        .get(change, List.of("details", id), () -> accounts.details(id), writes)
                        .map(AccountDetails::row)
                        .ifPresent(grid.getDataProvider()::refreshItem);
            }
        }
        drawer.externalChange(change);
        LiveScreen.tell(this, change);
    }

    /** Opens the drawer on an account (null closes it), keeping the filters; the back button undoes it. */
    private void navigate(Long organizationId) {
        AccountViews.openDrawer(this, AccountViews.LIST_ROUTE, organizationId, state);
    }

    private HorizontalLayout header() {
        H2 title = new H2(getTranslation("accounts.title"));
        title.addClassName("contas-page-title");
        HorizontalLayout header = new HorizontalLayout(title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        return header;
    }

    private HorizontalLayout filters(List<UserSummary> users) {
        filterBar = new AccountFilterBar(users, customFields, me, true, this::changeFilter);
        columnsButton = columnChooser();
        viewsMenu = new SavedViewsMenu(
                savedViews,
                SavedView.Screen.LIST,
                () -> state.toQueryParameters().getQueryString(),
                this::visibleColumnKeys,
                view -> AccountViews.open(this, AccountViews.LIST_ROUTE, view),
                query -> AccountUrlState.parse(query, me, customFields));

        Anchor export = new Anchor(csvDownload(() -> null), AttachmentType.DOWNLOAD, getTranslation("accounts.export"));
        export.addClassName("contas-export");

        HorizontalLayout bar = new HorizontalLayout(
                filterBar, AccountViews.listBoardSwitch(this, false, () -> state), viewsMenu, columnsButton, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    /**
     * The export runs in the download request, outside the session lock. When too many exports
     * run already, the request is answered "503, try again" (no file) and the screen says so.
     *
     * @param only the accounts to write among those the filter finds (null: all of them), read when
     *     the download starts
     */
    private DownloadHandler csvDownload(SerializableSupplier<Set<Long>> only) {
        return event -> {
            AccountUrlState current = state;
            Set<Long> chosen = only.get();
            event.setFileName("accounts-" + format.today() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try {
                csvExport.write(
                        current.filter(),
                        current.sort(),
                        chosen,
                        csvHeaders,
                        customFields,
                        zone,
                        currency,
                        event.getOutputStream());
            } catch (AccountCsvExport.Busy busy) {
                String message = Messages.of(this, busy);
                event.getResponse().setStatus(503);
                event.getResponse().setHeader("Retry-After", "5");
                event.getResponse().setHeader("Content-Disposition", "inline");
                event.setContentType("text/plain; charset=UTF-8");
                event.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
                event.getUI().access(() -> Notification.show(message, 5000, Notification.Position.MIDDLE));
            }
        };
    }

    private void configureGrid() {
        grid.addClassName("contas-accounts");
        grid.setMultiSort(false);
        grid.setColumnReorderingAllowed(true);
        for (AccountSort.Field field : AccountSort.Field.columns()) {
            Grid.Column<AccountRow> column = switch (field) {
                case NAME -> addColumn(field, nameCell()).setFlexGrow(3).setFrozen(true);
                case WON_VALUE -> addColumn(field, wonValueCell());
                case NEXT_ACTIVITY -> addColumn(field, nextActivityCell()).setFlexGrow(3);
                case LAST_ACTIVITY -> addColumn(field, lastActivityCell());
                default -> addColumn(field, row -> cell(field, row));
            };
            if (field.kind() == Kind.COUNT || field.kind() == Kind.MONEY) {
                column.setTextAlign(ColumnTextAlign.END);
            }
        }
        // Not shown until chosen: the open deals' value is a number for a few, the count is enough for most.
        columns.get(AccountSort.Field.OPEN_VALUE.key()).setVisible(false);
        for (CustomFieldInfo field : customFields) {
            Grid.Column<AccountRow> column = grid.addColumn(r -> format.customValue(
                            field.type(),
                            customValues.getOrDefault(r.id(), Map.of()).get(field.id())))
                    .setKey("cf" + field.id())
                    .setHeader(field.name())
                    .setSortable(true)
                    .setSortProperty("cf" + field.id())
                    .setResizable(true);
            column.setVisible(false);
            columns.put(column.getKey(), column);
        }
        applyChosenColumns();

        footer = grid.appendFooterRow();
        grid.setDetailsVisibleOnClick(false);
        grid.addItemClickListener(e -> {
            if (chosenOnPhone != null && e.getItem() != null) {
                grid.setDetailsVisible(e.getItem(), !grid.isDetailsVisible(e.getItem()));
                return;
            }
            // A click that crossed a redraw (a live update, a refresh) names a row key the grid
            // has let go of: there is no item, and nothing to open.
            if (e.getItem() != null
                    && (e.getColumn() == null
                            || !AccountSort.Field.NAME
                                    .key()
                                    .equals(e.getColumn().getKey()))) {
                navigate(e.getItem().id());
            }
        });
        grid.addSortListener(e -> {
            if (!applyingState) {
                state = new AccountUrlState(
                        state.filter(),
                        state.me(),
                        sortOf(e.getSortOrder().stream()
                                .map(o -> new QuerySortOrder(o.getSorted().getKey(), o.getDirection()))
                                .toList()));
                writeUrl();
                tiles.markActive(activeTile());
            }
        });
        grid.setItems(
                        query -> {
                            List<AccountRow> rows = accounts.page(
                                    state.filter(), sortOf(query.getSortOrders()), query.getOffset(), query.getLimit());
                            loadCustomValues(rows);
                            return rows.stream();
                        },
                        query -> (int) Math.min(
                                Integer.MAX_VALUE, knownCount >= 0 ? knownCount : accounts.count(state.filter())))
                .setIdentifierProvider(AccountRow::id);
        grid.setEmptyStateComponent(emptyState);
    }

    /** A column's value as the grid shows it, by its kind. */
    private String cell(AccountSort.Field field, AccountRow row) {
        Object value = field.value(row);
        if (value == null) {
            return "";
        }
        return switch (field.kind()) {
            case TEXT -> (String) value;
            case COUNT -> String.valueOf(value);
            case MONEY -> format.money((BigDecimal) value);
            case DATE -> format.date((LocalDate) value);
            case DAY -> format.date((Instant) value);
        };
    }

    /**
     * A closed drawer gives the keyboard's focus back to the row it was opened from (its name's
     * link), or to the grid when that row is no longer on screen.
     */
    private void focusRow(long organizationId) {
        grid.getElement()
                .executeJs(
                        "const a = this.querySelector('a[data-account=\"' + $0 + '\"]'); if (a) a.focus(); else this.focus()",
                        String.valueOf(organizationId));
    }

    private LitRenderer<AccountRow> nameCell() {
        return LitRenderer.<AccountRow>of(
                        "<a router-link href=\"${item.href}\" data-account=\"${item.id}\">${item.name}</a>")
                .withProperty("href", r -> AccountViews.LIST_ROUTE + "/" + r.id() + query)
                .withProperty("id", AccountRow::id)
                .withProperty("name", AccountRow::name);
    }

    /**
     * The won value; a phone's narrow column shows it without cents, compact from a million, and
     * screen readers read the exact figure either way.
     */
    private LitRenderer<AccountRow> wonValueCell() {
        return LitRenderer.<AccountRow>of(
                        "<span title=\"${item.warning}\"><span aria-hidden=\"true\">${item.value}</span>"
                                + "<span class=\"visually-hidden\">${item.exact}</span>${item.warning ? ' ⚠' : ''}</span>")
                .withProperty(
                        "value",
                        r -> chosenOnPhone != null ? format.moneyShort(r.wonValue()) : format.money(r.wonValue()))
                .withProperty("exact", r -> format.money(r.wonValue()))
                .withProperty(
                        "warning",
                        r -> r.unconvertedDeals() == 0
                                ? ""
                                : getTranslation("accounts.unconverted", r.unconvertedDeals()));
    }

    /**
     * The next activity: its type as an icon with its name for screen readers, subject and date;
     * an overdue one also says so in words (colour is never the only cue).
     */
    private LitRenderer<AccountRow> nextActivityCell() {
        String overdue = getTranslation("accounts.next.overdue");
        return LitRenderer.<AccountRow>of("<span class=\"next-activity ${item.cls}\" title=\"${item.title}\">"
                        + "<vaadin-icon icon=\"${item.icon}\" ?hidden=\"${!item.icon}\" aria-hidden=\"true\">"
                        + "</vaadin-icon><span class=\"visually-hidden\">${item.type}</span> ${item.text}"
                        + "<span class=\"overdue-badge\" ?hidden=\"${!item.late}\">${item.late}</span></span>")
                .withProperty("cls", row -> row.bucket().tone())
                .withProperty(
                        "icon",
                        r -> r.nextActivity() == null
                                ? ""
                                : DetailFormat.iconAttribute(r.nextActivity().type()))
                .withProperty(
                        "type",
                        r -> r.nextActivity() == null
                                ? ""
                                : getTranslation("activity.type."
                                                + r.nextActivity().type()) + ":")
                .withProperty(
                        "text",
                        r -> r.nextActivity() == null
                                ? getTranslation("accounts.next.none")
                                : r.nextActivity().subject() + " · "
                                        + format.date(r.nextActivity().dueDate()))
                .withProperty("late", r -> r.bucket() == AccountBucket.OVERDUE ? overdue : "")
                .withProperty(
                        "title",
                        r -> r.nextActivity() == null
                                ? ""
                                : getTranslation("activity.type."
                                                + r.nextActivity().type()) + " · "
                                        + format.date(r.nextActivity().dueDate()) + " "
                                        + format.time(r.nextActivity().dueTime()));
    }

    private LitRenderer<AccountRow> lastActivityCell() {
        return LitRenderer.<AccountRow>of("<span class=\"${item.cls}\" title=\"${item.full}\">${item.ago}</span>")
                .withProperty("cls", r -> r.lastActivityAt() == null ? "muted" : "")
                .withProperty(
                        "ago",
                        r -> r.lastActivityAt() == null
                                ? getTranslation("accounts.last.never")
                                : format.ago(this, r.lastActivityAt()))
                .withProperty("full", r -> format.dateTime(r.lastActivityAt()));
    }

    private Grid.Column<AccountRow> addColumn(AccountSort.Field field, ValueProvider<AccountRow, ?> value) {
        return register(grid.addColumn(value), field.key());
    }

    private Grid.Column<AccountRow> addColumn(AccountSort.Field field, LitRenderer<AccountRow> renderer) {
        return register(grid.addColumn(renderer), field.key());
    }

    private Grid.Column<AccountRow> register(Grid.Column<AccountRow> column, String key) {
        column.setKey(key)
                .setHeader(getTranslation("accounts.column." + key))
                .setSortable(true)
                .setSortProperty(key)
                .setResizable(true)
                .setAutoWidth(true);
        columns.put(key, column);
        return column;
    }

    private void loadCustomValues(List<AccountRow> rows) {
        boolean anyVisible = customFields.stream().anyMatch(f -> isChosen("cf" + f.id()));
        if (anyVisible && !rows.isEmpty()) {
            customValues.putAll(
                    accounts.customValues(rows.stream().map(AccountRow::id).toList()));
        }
    }

    /** A menu of checkable columns; filled on first attach, when the grid's columns exist. */
    private MenuBar columnChooser() {
        MenuBar bar = new MenuBar();
        bar.addClassName("contas-columns");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem opener = bar.addItem(getTranslation("accounts.columns"));
        opener.addComponentAsFirst(VaadinIcon.GRID_SMALL.create());
        SubMenu menu = opener.getSubMenu();
        bar.addAttachListener(e -> {
            if (!menu.getItems().isEmpty()) {
                return;
            }
            this.columns.forEach((key, column) -> {
                if (AccountSort.Field.NAME.key().equals(key)) {
                    return;
                }
                MenuItem item = menu.addItem(headerOf(key), click -> {
                    column.setVisible(click.getSource().isChecked());
                    if (column.isVisible() && key.startsWith("cf")) {
                        customValues.clear();
                        grid.getDataProvider().refreshAll();
                    }
                    saveChosenColumns();
                });
                item.setCheckable(true);
                item.setChecked(column.isVisible());
                item.setKeepOpen(true);
            });
        });
        return bar;
    }

    private String headerOf(String key) {
        if (key.startsWith("cf")) {
            long id = Long.parseLong(key.substring(2));
            return customFields.stream()
                    .filter(f -> f.id() == id)
                    .map(CustomFieldInfo::name)
                    .findFirst()
                    .orElse(key);
        }
        return getTranslation("accounts.column." + key);
    }

    private void applyChosenColumns() {
        userSettings.get(COLUMNS_SETTING).ifPresent(saved -> {
            Set<String> visible = new LinkedHashSet<>(Arrays.asList(saved.split(",")));
            columns.forEach((key, column) ->
                    column.setVisible(AccountSort.Field.NAME.key().equals(key) || visible.contains(key)));
        });
    }

    private void saveChosenColumns() {
        userSettings.put(COLUMNS_SETTING, visibleColumnKeys());
    }

    /** The keys of the columns on screen, in the grid's order ("owner,wonValue,next"). */
    private String visibleColumnKeys() {
        return columns.entrySet().stream()
                .filter(e -> isChosen(e.getKey()))
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(","));
    }

    /** Shows the columns a saved view chose. */
    private void showColumns(String keys) {
        Set<String> visible = new LinkedHashSet<>(Arrays.asList(keys.split(",")));
        visible.add(AccountSort.Field.NAME.key());
        if (chosenOnPhone != null) {
            chosenOnPhone = visible;
            grid.getDataProvider().refreshAll();
            return;
        }
        columns.forEach((key, column) -> column.setVisible(visible.contains(key)));
    }

    private AccountSort sortOf(List<? extends SortOrder<String>> orders) {
        if (orders == null || orders.isEmpty()) {
            return AccountSort.BY_NAME;
        }
        var order = orders.get(0);
        boolean ascending = order.getDirection() == SortDirection.ASCENDING;
        String key = order.getSorted();
        if (key.startsWith("cf")) {
            return new AccountSort(AccountSort.Field.CUSTOM_FIELD, ascending, Long.parseLong(key.substring(2)));
        }
        return new AccountSort(AccountSort.Field.byKey(key).orElse(AccountSort.Field.NAME), ascending);
    }

    private void changeFilter(AccountFilter filter, boolean ownerIsMe) {
        if (applyingState) {
            return;
        }
        state = new AccountUrlState(filter, ownerIsMe ? me : null, state.sort());
        bulkBar.filterChanged();
        writeUrl();
        refresh();
    }

    private void tileClicked(KpiTiles.Tile tile) {
        AccountFilter f = state.filter().withBuckets(Set.of()).withNotContactedDays(null);
        AccountSort sort = state.sort();
        switch (tile) {
            case NO_ACTIVITY -> f = f.withBuckets(EnumSet.of(AccountBucket.NO_ACTIVITY));
            case OVERDUE -> f = f.withBuckets(EnumSet.of(AccountBucket.OVERDUE));
            case NOT_CONTACTED -> f = f.withNotContactedDays(notContactedDefault);
            case WON_VALUE -> sort = new AccountSort(AccountSort.Field.WON_VALUE, false);
            case ACCOUNTS -> sort = AccountSort.BY_NAME;
        }
        apply(new AccountUrlState(f, state.me(), sort));
        writeUrl();
    }

    private KpiTiles.Tile activeTile() {
        AccountFilter f = state.filter();
        if (f.notContactedDays() != null
                && f.notContactedDays() == notContactedDefault
                && f.buckets().isEmpty()) {
            return KpiTiles.Tile.NOT_CONTACTED;
        }
        if (f.notContactedDays() == null && f.buckets().equals(Set.of(AccountBucket.NO_ACTIVITY))) {
            return KpiTiles.Tile.NO_ACTIVITY;
        }
        if (f.notContactedDays() == null && f.buckets().equals(Set.of(AccountBucket.OVERDUE))) {
            return KpiTiles.Tile.OVERDUE;
        }
        if (f.notContactedDays() == null && f.buckets().isEmpty()) {
            return state.sort().equals(new AccountSort(AccountSort.Field.WON_VALUE, false))
                    ? KpiTiles.Tile.WON_VALUE
                    : KpiTiles.Tile.ACCOUNTS;
        }
        return null;
    }

    /**
     * The same view serves {@code /accounts} and {@code /accounts/{id}}: only a change of filters
     * reloads the list; the id opens or closes the drawer over it.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = RouteIds.id(event);
        QueryParameters query = event.getLocation().getQueryParameters();
        AccountUrlState parsed = viewsMenu.open(query);
        Optional<SavedView> view = viewsMenu.current();
        view.map(SavedView::columns).filter(keys -> !keys.isBlank()).ifPresent(this::showColumns);
        if (!shown || !parsed.equals(state)) {
            shown = true;
            apply(parsed);
        }
        if (view.isPresent() && !query.getParameters().containsKey(AccountViews.VIEW_PARAMETER)) {
            // The default view: its filters and id in the address, once the navigation wrote its own.
            event.getUI().beforeClientResponse(this, context -> writeUrl());
        }
        id.ifPresentOrElse(drawer::open, drawer::hide);
    }

    /** Shows a state: puts it in the fields and the grid's sort, then reloads. */
    private void apply(AccountUrlState newState) {
        state = newState;
        bulkBar.filterChanged();
        query = queryOf(newState);
        applyingState = true;
        try {
            filterBar.show(newState.filter(), newState.ownerIsMe());
            Grid.Column<AccountRow> column = columnFor(newState.sort());
            grid.sort(
                    column == null
                            ? List.of()
                            : List.of(new GridSortOrder<>(
                                    column,
                                    newState.sort().ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        } finally {
            applyingState = false;
        }
        refresh();
    }

    private Grid.Column<AccountRow> columnFor(AccountSort sort) {
        if (sort.field() == AccountSort.Field.CUSTOM_FIELD) {
            return columns.get("cf" + sort.customFieldId());
        }
        return sort.field().key() == null ? null : columns.get(sort.field().key());
    }

    private void refresh() {
        customValues.clear();
        knownCount = -1;
        grid.getDataProvider().refreshAll();
        refreshNumbers();
    }

    /** The tiles, the footer and the empty state (one or two statements). */
    private void refreshNumbers() {
        refreshNumbers(accounts::kpis);
    }

    /** @param kpis how the figures of a filter are read (live updates share them between screens) */
    private void refreshNumbers(Function<AccountFilter, AccountKpis> kpis) {
        AccountFilter f = state.filter();
        AccountKpis base = kpis.apply(f.withoutDateParts());
        tiles.show(base, format);
        tiles.markActive(activeTile());
        // Without bucket or "not contacted" parts the filter is the tiles' own: no second query.
        AccountKpis current = f.hasDateParts() ? kpis.apply(f) : base;
        knownCount = current.accounts();
        footer.getCell(columns.get(AccountSort.Field.NAME.key()))
                .setText(getTranslation("accounts.footer.count", current.accounts()));
        footer.getCell(columns.get(AccountSort.Field.WON_VALUE.key())).setText(format.money(current.wonValue()));
        updateEmptyState(f);
    }

    private void updateEmptyState(AccountFilter f) {
        emptyState.removeAll();
        boolean filtered = !f.equals(AccountFilter.ALL);
        if (filtered) {
            Button clear = new Button(
                    getTranslation("accounts.empty.clear"),
                    e -> apply(new AccountUrlState(AccountFilter.ALL, null, state.sort())));
            clear.addClickListener(e -> writeUrl());
            emptyState.add(new Paragraph(getTranslation("accounts.empty.filtered")), clear);
        } else {
            emptyState.add(
                    new Paragraph(getTranslation("accounts.empty.none")),
                    new Anchor("deals", getTranslation("accounts.empty.toDeals")));
        }
    }

    private static String queryOf(AccountUrlState state) {
        String q = state.toQueryParameters().getQueryString();
        return q.isEmpty() ? "" : "?" + q;
    }

    private void writeUrl() {
        query = queryOf(state);
        AccountViews.writeUrl(this, AccountViews.LIST_ROUTE, drawer, state, viewsMenu.shown(state));
    }

    @Override
    public String getPageTitle() {
        return AccountViews.pageTitle(this, drawer);
    }
}
