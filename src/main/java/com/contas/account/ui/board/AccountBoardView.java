package com.contas.account.ui.board;

import com.contas.account.AccountBoardService;
import com.contas.account.AccountBucket;
import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.account.AccountSort;
import com.contas.account.BucketCalendar;
import com.contas.account.BucketTotals;
import com.contas.account.MoveResult;
import com.contas.account.NextActivity;
import com.contas.account.SavedView;
import com.contas.account.SavedViewService;
import com.contas.account.ui.AccountFilterBar;
import com.contas.account.ui.AccountUrlState;
import com.contas.account.ui.AccountViews;
import com.contas.account.ui.SavedViewsMenu;
import com.contas.account.ui.drawer.AccountDrawer;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.activity.ui.ActivityForms;
import com.contas.common.Option;
import com.contas.common.SearchFolding;
import com.contas.customfield.CustomFieldInfo;
import com.contas.customfield.CustomFieldService;
import com.contas.detail.ui.DetailFormat;
import com.contas.kanban.CardMovedEvent;
import com.contas.kanban.ColumnDataProvider;
import com.contas.kanban.KanbanBoard;
import com.contas.live.AccountChange;
import com.contas.live.ChangeCache;
import com.contas.live.LiveUpdates;
import com.contas.live.ui.LiveScreen;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
import com.contas.shell.MainLayout;
import com.contas.shell.Refusals;
import com.contas.shell.RouteIds;
import com.contas.shell.ScreenWidth;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The accounts board: six columns by when the next activity is due; dragging a card (or "Move")
 * reschedules that activity by its column's rule ({@link AccountBucket#newDate}), with Undo. Same filters and
 * URL as the list. A card opens the account drawer over the board at {@code /accounts/board/{id}}.
 */
@Route(value = "accounts/board/:id?" + RouteIds.PATTERN, layout = MainLayout.class)
@PermitAll
public class AccountBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * Cards a column shows before "Show more": enough to fill a column on a laptop's screen (about
     * eight fit). A card is nine of Flow's state nodes; at 20 a column, 1,000 open boards held
     * 992 KB each and every opening wrote 120 cards' JSON, Flow's own work being most of the app's
     * CPU under load (see the README's Capacity).
     */
    static final int CARDS_PER_PAGE = 12;
    /** "Show more" stops here: a column of thousands is for the list and its filters, not for cards. */
    static final int MAX_CARDS_PER_COLUMN = 500;
    /** The card button that marks the account's next activity done. */
    static final String DONE_ACTION = "done";

    static final int UNDO_SECONDS = 8;

    private final transient AccountQueries accounts;
    private final transient AccountBoardService board;
    private final transient ActivityForms activityForms;
    private final transient ActivityService activities;
    private final DetailFormat format;
    private final Long me;
    private final List<UserSummary> users;
    private final List<CustomFieldInfo> customFields;
    private final KanbanBoard<AccountRow, AccountBucket> kanban = new KanbanBoard<>(AccountRow::id);
    /** On a phone the board shows one column: this chooses which. */
    private final Select<AccountBucket> columnSwitcher = new Select<>();

    private final AccountFilterBar filterBar;
    private final AccountDrawer drawer;
    private final transient ChangeCache changeCache;

    private SavedViewsMenu viewsMenu;
    /** This screen's own writes: what another screen read for a live update before them is read again. */
    private final ChangeCache.Writes writes = new ChangeCache.Writes();

    private boolean shown;
    private AccountUrlState state = AccountUrlState.DEFAULT;
    private BucketTotals totals;

    public AccountBoardView(
            AccountQueries accounts,
            AccountBoardService board,
            ActivityForms activityForms,
            ActivityService activities,
            UserService userService,
            CurrentUser currentUser,
            SettingsService settings,
            AccountDrawer drawer,
            LiveUpdates live,
            ChangeCache changeCache,
            SavedViewService savedViews,
            CustomFieldService customFieldService) {
        this.changeCache = changeCache;
        this.accounts = accounts;
        this.drawer = drawer;
        this.board = board;
        this.activityForms = activityForms;
        this.activities = activities;
        CompanySettings company = settings.get();
        this.format = new DetailFormat(
                getLocale(),
                company.timeZone(),
                company.defaultCurrency(),
                accounts.calendar().today());
        this.me = currentUser.idOrNull();
        this.users = userService.activeUsers();
        this.customFields = customFieldService.activeFields();
        this.filterBar = new AccountFilterBar(users, customFields, me, false, (filter, ownerIsMe) -> {
            state = new AccountUrlState(filter, ownerIsMe ? me : null, state.sort());
            writeUrl();
            refresh();
        });
        addClassName("contas-page");
        setSizeFull();

        H2 title = new H2(getTranslation("accounts.title"));
        title.addClassName("contas-page-title");
        viewsMenu = new SavedViewsMenu(
                savedViews,
                SavedView.Screen.BOARD,
                () -> state.toQueryParameters().getQueryString(),
                null,
                view -> AccountViews.open(this, AccountViews.BOARD_ROUTE, view),
                this::stateOf);
        HorizontalLayout header =
                new HorizontalLayout(title, AccountViews.listBoardSwitch(this, true, () -> state), viewsMenu);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, filterBar, columnSwitcher, kanban, drawer);
        setFlexGrow(1, kanban);
        configureBoard();
        configureColumnSwitcher();
        drawer.addCloseRequestedListener(e -> {
            // The keyboard's focus goes back to the card the drawer was opened from.
            Optional<AccountRow> card = drawer.organizationId().flatMap(this::currentCard);
            navigate(null);
            card.ifPresent(kanban::focusCard);
        });
        drawer.addAccountChangedListener(e -> {
            writes.happened();
            currentCard(e.getOrganizationId()).ifPresentOrElse(this::replaceCard, this::refresh);
        });
        LiveScreen.follow(this, live, this::liveChange);
        ScreenWidth.follow(this, this::phoneLayout);
    }

    /** A phone's first column: what is late is what the user acts on first. */
    static final AccountBucket PHONE_FIRST_COLUMN = AccountBucket.OVERDUE;

    private void configureColumnSwitcher() {
        columnSwitcher.setLabel(getTranslation("phone.board.column"));
        columnSwitcher.addClassName("contas-column-switcher");
        columnSwitcher.setItems(AccountBucket.values());
        columnSwitcher.setItemLabelGenerator(bucket -> getTranslation(bucket.messageKey()));
        columnSwitcher.setValue(PHONE_FIRST_COLUMN);
        columnSwitcher.setVisible(false);
        columnSwitcher.addValueChangeListener(e -> {
            if (columnSwitcher.isVisible() && e.getValue() != null) {
                kanban.showOnly(e.getValue());
            }
        });
    }

    /**
     * On a phone the board shows one column at a time, chosen above it, and cards move with their
     * "Move" button (a touch screen has no drag and drop); a desktop shows every column.
     */
    void phoneLayout(boolean phone) {
        filterBar.phoneLayout(phone);
        columnSwitcher.setVisible(phone);
        kanban.showOnly(phone ? columnSwitcher.getValue() : null);
    }

    private void configureBoard() {
        kanban.setI18n(new KanbanBoard.KanbanI18n(
                getTranslation("board.showMore"),
                getTranslation("board.countOf"),
                getTranslation("board.limitReached"),
                getTranslation("board.moveTo"),
                getTranslation("board.move"),
                getTranslation("board.cancel"),
                getTranslation("board.movedTo"),
                getTranslation("board.movedToColumn")));
        kanban.setCardNames(AccountRow::name, this::cardLabel);
        kanban.setPageSize(CARDS_PER_PAGE);
        kanban.setMaxCardsPerColumn(MAX_CARDS_PER_COLUMN);
        for (AccountBucket bucket : AccountBucket.values()) {
            kanban.addColumn(bucket, getTranslation(bucket.messageKey()));
        }
        kanban.setCardRenderer(this::card);
        kanban.addCardActionListener(e -> {
            if (DONE_ACTION.equals(e.getAction())) {
                complete(e.getItem());
            }
        });
        kanban.setColumnSummaryProvider(
                bucket -> totals == null ? "" : format.money(totals.of(bucket).wonValue()));
        kanban.setDropAllowed((row, bucket) -> bucket.refusal(calendar()).isEmpty());
        kanban.addCardMoveRefusedListener(
                e -> e.getTo().refusal(calendar()).ifPresent(key -> Refusals.warn(getTranslation(key))));
        kanban.addCardMovedListener(this::moved);
        kanban.addCardClickedListener(e -> navigate(e.getItem().id()));
    }

    private BucketCalendar calendar() {
        return accounts.calendar();
    }

    /**
     * A light card: the name, "won value · owner", and the next activity, with its type as an icon
     * (its name for screen readers) and, when overdue, the word. One component; its lines are plain
     * elements, as a board holds a hundred cards or more (the board adds a plain Move button). All
     * of it is text, never HTML.
     */
    private Component card(AccountRow row) {
        Element next;
        if (row.nextActivity() == null) {
            next = line("account-card-next", getTranslation("accounts.next.none"));
        } else {
            next = new Element("span");
            next.getClassList().add("account-card-next");
            Element icon = new Element("vaadin-icon");
            icon.setAttribute(
                    "icon", DetailFormat.iconAttribute(row.nextActivity().type()));
            icon.setAttribute("aria-hidden", "true");
            next.appendChild(
                    icon,
                    line(
                            "visually-hidden",
                            getTranslation("activity.type." + row.nextActivity().type()) + ":"),
                    Element.createText(" " + row.nextActivity().subject() + " · "
                            + format.date(row.nextActivity().dueDate())));
            if (row.bucket() == AccountBucket.OVERDUE) {
                next.appendChild(line("overdue-badge", getTranslation("accounts.next.overdue")));
            }
            next.setAttribute(
                    "title",
                    getTranslation("activity.type." + row.nextActivity().type()));
        }
        next.getClassList().add(row.bucket().tone());
        Div card = new Div();
        card.addClassName("account-card");
        card.getElement()
                .appendChild(
                        line("account-card-name", row.name()),
                        line("account-card-meta", format.money(row.wonValue()) + " · " + row.ownerName()),
                        next);
        if (row.nextActivity() != null) {
            card.getElement()
                    .appendChild(KanbanBoard.actionButton(
                            DONE_ACTION,
                            getTranslation("board.done"),
                            getTranslation("board.doneLabel", row.nextActivity().subject(), row.name())));
        }
        return card;
    }

    /** What a screen reader says of a focused card: name, won value, owner, next activity (overdue or not). */
    private String cardLabel(AccountRow row) {
        String next = row.nextActivity() == null
                ? getTranslation("accounts.next.none")
                : getTranslation("activity.type." + row.nextActivity().type()) + ": "
                        + row.nextActivity().subject()
                        + ", " + format.date(row.nextActivity().dueDate())
                        + (row.bucket() == AccountBucket.OVERDUE ? ", " + getTranslation("accounts.next.overdue") : "");
        return getTranslation("board.cardLabel", row.name(), format.money(row.wonValue()), row.ownerName(), next);
    }

    private static Element line(String className, String text) {
        Element line = new Element("span");
        line.getClassList().add(className);
        line.setText(text);
        return line;
    }

    /**
     * "Done" on a card: its next activity is marked done (as the card showed it: a stale card is
     * refused and redrawn), the card moves to where the account now belongs, and the next step is
     * offered.
     */
    private void complete(AccountRow row) {
        NextActivity next = row.nextActivity();
        if (next == null) {
            return;
        }
        boolean completed = Refusals.runRedrawing(
                this,
                null,
                () -> {
                    activities.markDone(next.id(), next.version());
                    writes.happened();
                    replaceCard(row);
                },
                this::refresh);
        if (completed) {
            activityForms.afterDone(
                    next.id(),
                    users,
                    (key, subject) -> currentCard(row.id()).ifPresentOrElse(this::replaceCard, this::refresh));
        }
    }

    private void moved(CardMovedEvent<AccountRow, AccountBucket> event) {
        AccountRow row = event.getItem();
        AccountBucket from = event.getFrom();
        AccountBucket to = event.getTo();
        if (row.nextActivity() == null) {
            LocalDate date = to.newDate(calendar().today(), calendar()).orElseThrow();
            activityForms
                    .followUp(
                            new Option(row.id(), row.name()),
                            date,
                            users,
                            me,
                            (key, subject) -> refreshColumns(from, to))
                    .open();
            return;
        }
        Refusals.runRedrawing(
                this,
                null,
                () -> {
                    MoveResult result = board.move(row.id(), row.nextActivity(), to);
                    writes.happened();
                    replaceCard(row);
                    // The card stays where it was when the account has more there: say why, and offer to move those
                    // too.
                    List<ActivityRow> others = currentCard(row.id())
                            .filter(after -> after.bucket() == from && from != to)
                            .map(after -> board.stillIn(row.id(), from))
                            .orElse(List.of());
                    showUndo(row.name(), List.of(result), from, to, others);
                },
                this::refresh);
    }

    /**
     * Moves the account's card to where it belongs now, without reloading the columns: the
     * account is read again (its next activity may now be another one), and the two columns'
     * counts and sums change by this account alone.
     */
    private void replaceCard(AccountRow before) {
        replaceCard(before, accounts::row);
    }

    /** @param row how an account's row is read (live updates share the reading between screens) */
    private void replaceCard(AccountRow before, Function<Long, Optional<AccountRow>> row) {
        kanban.removeCard(before);
        totals = totals.minus(before.bucket(), before.wonValue());
        row.apply(before.id()).ifPresent(after -> {
            kanban.addCard(after, after.bucket(), BOARD_ORDER);
            totals = totals.plus(after.bucket(), after.wonValue());
        });
        kanban.refreshHeaders();
    }

    /**
     * Someone else changed accounts: their cards move to where they belong now (only their two
     * columns change); accounts whose cards are not shown change the column counts and sums.
     */
    private void liveChange(AccountChange change) {
        if (change.everything()) {
            refresh();
        } else {
            boolean unseen = false;
            for (long id : change.organizationIds()) {
                Optional<AccountRow> card = currentCard(id);
                card.ifPresent(row -> replaceCard(
                        row, account -> changeCache.get(change, rowKey(account), () -> accounts.row(account), writes)));
                unseen |= card.isEmpty();
            }
            if (unseen) {
                totals = changeCache.get(
                        change, List.of("totals", state.filter()), () -> accounts.bucketTotals(state.filter()), writes);
                kanban.refreshHeaders();
            }
        }
        drawer.externalChange(change);
        LiveScreen.tell(this, change);
    }

    /** Under which key a live update's reading of an account's row is shared between boards. */
    static Object rowKey(long organizationId) {
        return List.of("row", organizationId);
    }

    /** The board's order inside a column, as the database sorts it (date, then name, then id). */
    private static final Comparator<AccountRow> BOARD_ORDER = Comparator.comparing(
                    (AccountRow r) ->
                            r.nextActivity() == null ? null : r.nextActivity().dueDate(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> SearchFolding.normalize(r.name()))
            .thenComparing(AccountRow::id);

    /**
     * "Call with Acme moved to Wed 9 Dec" with Undo (all of {@code moves} at once); when the account
     * still has activities in {@code from} ({@code others}), it says so and offers "Move them too".
     */
    private void showUndo(
            String accountName,
            List<MoveResult> moves,
            AccountBucket from,
            AccountBucket to,
            List<ActivityRow> others) {
        Notification notification = new Notification();
        notification.setDuration(UNDO_SECONDS * 1000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        notification.addClassName("contas-move-notice");
        MoveResult first = moves.get(0);
        String sentence = moves.size() == 1
                ? getTranslation(
                        "board.moved",
                        getTranslation("activity.type." + first.type()),
                        accountName,
                        day(first.newDate()))
                : getTranslation("board.movedAll", moves.size(), accountName, getTranslation(to.messageKey()));
        Span text = new Span(sentence);
        SerializableRunnable undoMoves = () -> {
            notification.close();
            Refusals.runRedrawing(
                    this,
                    null,
                    () -> {
                        board.undo(moves);
                        writes.happened();
                        Optional<AccountRow> card = currentCard(first.organizationId());
                        card.ifPresentOrElse(this::replaceCard, this::refresh);
                        card.ifPresent(kanban::focusCard);
                        kanban.announce(getTranslation("board.undone", accountName));
                    },
                    this::refresh);
        };
        Button undo = new Button(getTranslation("board.undo"), e -> undoMoves.run());
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        // A notice is out of the keyboard's way (the end of the page): Ctrl+Z on the board undoes too.
        undo.setTooltipText(getTranslation("board.undo.shortcut"));
        undo.getElement().setAttribute("aria-keyshortcuts", "Control+Z");
        ShortcutRegistration undoKey = Shortcuts.addShortcutListener(
                        kanban, undoMoves::run, Key.KEY_Z, KeyModifier.CONTROL)
                .listenOn(kanban);
        // The sentence, then what can be done about it: compact enough for a phone's width.
        Div content = new Div(text);
        content.addClassName("contas-move-notice-content");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setSpacing(true);
        if (!others.isEmpty()) {
            notification.setDuration(0); // a question stays until answered or closed
            Span still = new Span(
                    getTranslation("board.stillThere", accountName, others.size(), getTranslation(from.messageKey())));
            still.addClassName("contas-move-still");
            Button moveToo = new Button(getTranslation("board.moveThemToo"), e -> {
                notification.close();
                Refusals.runRedrawing(
                        this,
                        null,
                        () -> {
                            List<MoveResult> all = new ArrayList<>(moves);
                            all.addAll(board.moveToo(first.organizationId(), others, to));
                            writes.happened();
                            currentCard(first.organizationId()).ifPresentOrElse(this::replaceCard, this::refresh);
                            showUndo(accountName, all, from, to, List.of());
                        },
                        this::refresh);
            });
            moveToo.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> notification.close());
            close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            close.setAriaLabel(getTranslation("form.close"));
            content.add(still);
            actions.add(moveToo, undo, close);
        } else {
            actions.add(undo);
        }
        content.add(actions);
        notification.add(content);
        // The notice belongs to this board: left open on another page (or on a new board after coming
        // back), its Undo would redraw a board that is gone, and the one on screen would keep the card
        // where the move put it.
        Registration leaving = addDetachListener(e -> {
            if (!e.getUI().isClosing() && e.getUI().getSession() != null) {
                notification.close();
            }
        });
        notification.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                leaving.remove();
                undoKey.remove();
            }
        });
        notification.open();
    }

    /** "Wed 9 Dec" in the user's language. */
    private String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " "
                + DateTimeFormatter.ofPattern("d MMM", getLocale()).format(date);
    }

    private Optional<AccountRow> currentCard(long organizationId) {
        for (AccountBucket bucket : AccountBucket.values()) {
            for (AccountRow row : kanban.getItems(bucket)) {
                if (row.id() == organizationId) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    /** After a follow-up only the two columns (and the totals in their headers) are redrawn. */
    private void refreshColumns(AccountBucket from, AccountBucket to) {
        writes.happened();
        totals = accounts.bucketTotals(state.filter());
        for (AccountBucket bucket : Set.of(from, to)) {
            if (bucket != null) {
                kanban.refreshColumn(bucket);
            }
        }
    }

    private void refresh() {
        totals = accounts.bucketTotals(state.filter());
        kanban.refreshAll();
    }

    /** Opens the drawer on an account (null closes it), keeping the filters; the back button undoes it. */
    private void navigate(Long organizationId) {
        AccountViews.openDrawer(this, AccountViews.BOARD_ROUTE, organizationId, state);
    }

    /** Only a change of filters redraws the board; the id opens or closes the drawer over it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = RouteIds.id(event);
        QueryParameters query = event.getLocation().getQueryParameters();
        AccountUrlState parsed = viewsMenu.open(query);
        Optional<SavedView> view = viewsMenu.current();
        if (!shown || !parsed.equals(state)) {
            shown = true;
            show(parsed);
        }
        if (view.isPresent() && !query.getParameters().containsKey(AccountViews.VIEW_PARAMETER)) {
            // The default view: its filters and id in the address, once the navigation wrote its own.
            event.getUI().beforeClientResponse(this, context -> writeUrl());
        }
        id.ifPresentOrElse(drawer::open, drawer::hide);
    }

    /** What the board shows for an address: its columns are the buckets, so a bucket filter from the list does not apply. */
    private AccountUrlState stateOf(QueryParameters query) {
        AccountUrlState parsed = AccountUrlState.parse(query, me, customFields);
        return new AccountUrlState(parsed.filter().withBuckets(Set.of()), parsed.me(), parsed.sort());
    }

    private void show(AccountUrlState parsed) {
        state = parsed;
        filterBar.show(state.filter(), state.ownerIsMe());
        totals = accounts.bucketTotals(state.filter());
        kanban.setDataProvider(new ColumnDataProvider<>() {
            @Override
            public List<AccountRow> fetch(AccountBucket column, int offset, int limit) {
                return accounts.page(
                        state.filter().withBuckets(Set.of(column)),
                        new AccountSort(AccountSort.Field.BOARD, true),
                        offset,
                        limit);
            }

            @Override
            public long count(AccountBucket column) {
                return totals.of(column).count();
            }
        });
    }

    private void writeUrl() {
        AccountViews.writeUrl(this, AccountViews.BOARD_ROUTE, drawer, state, viewsMenu.shown(state));
    }

    @Override
    public String getPageTitle() {
        return AccountViews.pageTitle(this, drawer);
    }
}
