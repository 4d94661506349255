package com.contas.account.ui;

import com.contas.account.SavedView;
import com.contas.account.SavedViewService;
import com.contas.common.Ids;
import com.contas.shell.FormDialog;
import com.contas.shell.Refusals;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;

/**
 * "Views" on the accounts list and board: the user's saved views and the team's, to open one, save
 * the current filters (and columns) as a view, rename or delete it, and choose one's default.
 */
public class SavedViewsMenu extends MenuBar {

    private final transient SavedViewService views;
    private final SavedView.Screen screen;
    private final SerializableSupplier<String> currentQuery;
    private final SerializableSupplier<String> currentColumns;
    private final SerializableConsumer<SavedView> open;
    private final SerializableFunction<QueryParameters, AccountUrlState> stateOf;
    private final MenuItem opener;
    /** The view shown, while the screen's filters are still its own. */
    private SavedView current;

    /**
     * @param currentQuery   the screen's filters and sort, as its address holds them
     * @param currentColumns the list's visible columns (null on the board)
     * @param open           shows a view (the screen navigates to it)
     * @param stateOf        what the screen shows for an address (the board leaves out buckets)
     */
    public SavedViewsMenu(
            SavedViewService views,
            SavedView.Screen screen,
            SerializableSupplier<String> currentQuery,
            SerializableSupplier<String> currentColumns,
            SerializableConsumer<SavedView> open,
            SerializableFunction<QueryParameters, AccountUrlState> stateOf) {
        this.views = views;
        this.screen = screen;
        this.currentQuery = currentQuery;
        this.currentColumns = currentColumns;
        this.open = open;
        this.stateOf = stateOf;
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        addClassName("contas-views");
        opener = addItem(getTranslation("views.menu"));
        opener.addComponentAsFirst(VaadinIcon.BOOKMARK_O.create());
        addAttachListener(e -> rebuild());
    }

    /**
     * What a screen entered with {@code query} shows: the saved view it names ({@code ?view=12}),
     * else, when it names no filter at all, the user's default, else the address itself.
     *
     * @return the state to show, and whether it is a view the address did not name (the screen then
     *     writes the view into the address)
     */
    public AccountUrlState open(QueryParameters query) {
        current = viewToOpen(query).orElse(null);
        rebuild();
        return stateOf.apply(current == null ? query : QueryParameters.fromString(current.query()));
    }

    /** The view shown, if any (its columns, for the list). */
    public Optional<SavedView> current() {
        return Optional.ofNullable(current);
    }

    /**
     * The id of the view the screen still shows for {@code state}, for its address; null, and the
     * menu names no view any more, once the filters changed.
     */
    public Long shown(AccountUrlState state) {
        if (current != null
                && !stateOf.apply(QueryParameters.fromString(current.query())).equals(state)) {
            current = null;
            rebuild();
        }
        return current == null ? null : current.id();
    }

    private void current(SavedView view) {
        current = view;
        rebuild();
    }

    /**
     * The saved view a screen opens with: the one its address names ({@code ?view=12}), else, when
     * the address names no filter at all, the user's default.
     */
    private Optional<SavedView> viewToOpen(QueryParameters query) {
        List<String> named = query.getParameters().getOrDefault(AccountViews.VIEW_PARAMETER, List.of());
        if (!named.isEmpty()) {
            return Ids.parse(named.get(0)).flatMap(views::find);
        }
        return query.getParameters().isEmpty() ? views.defaultView(screen) : Optional.empty();
    }

    private void rebuild() {
        SubMenu menu = opener.getSubMenu();
        menu.removeAll();
        Optional<SavedView> shownView = Optional.empty();
        Long defaultId = views.defaultView(screen).map(SavedView::id).orElse(null);
        for (SavedView view : views.visible(screen)) {
            String label = view.name()
                    + (view.shared() ? " · " + getTranslation("views.team") : "")
                    + (view.id() == (defaultId == null ? -1 : defaultId)
                            ? " · " + getTranslation("views.default")
                            : "");
            MenuItem item = menu.addItem(label, e -> open.accept(view));
            item.setCheckable(true);
            boolean isCurrent = current != null && view.id() == current.id();
            item.setChecked(isCurrent);
            if (isCurrent) {
                shownView = Optional.of(view); // as read now: renamed, its new version
            }
        }
        menu.addItem(getTranslation("views.save"), e -> saveDialog().open());
        shownView.ifPresent(view -> {
            if (defaultId == null || view.id() != defaultId) {
                menu.addItem(getTranslation("views.makeDefault"), e -> act(() -> views.setDefault(screen, view.id())));
            }
            if (views.mayChange(view)) {
                menu.addItem(
                        getTranslation("views.rename"), e -> renameDialog(view).open());
                menu.addItem(
                        getTranslation("views.delete"),
                        e -> act(() -> {
                            views.delete(view.id(), view.version());
                            current = null;
                        }));
            }
        });
        if (defaultId != null) {
            menu.addItem(getTranslation("views.noDefault"), e -> act(() -> views.setDefault(screen, null)));
        }
        opener.setText(null);
        opener.removeAll();
        opener.add(VaadinIcon.BOOKMARK_O.create());
        opener.add(shownView.map(SavedView::name).orElse(getTranslation("views.menu")));
    }

    private void act(Runnable command) {
        if (Refusals.runRedrawing(this, null, command::run, this::rebuild)) {
            rebuild();
        }
    }

    private FormDialog saveDialog() {
        TextField name = new TextField(getTranslation("views.name"));
        name.setMaxLength(SavedViewService.MAX_NAME_LENGTH);
        Checkbox shared = new Checkbox(getTranslation("views.shared"));
        Checkbox asDefault = new Checkbox(getTranslation("views.asDefault"));
        SavedView[] saved = new SavedView[1];
        FormDialog dialog = new FormDialog(
                getTranslation("views.saveTitle"),
                "form.save",
                () -> {
                    saved[0] = views.save(
                            screen,
                            name.getValue(),
                            currentQuery.get(),
                            currentColumns == null ? null : currentColumns.get(),
                            shared.getValue());
                    if (asDefault.getValue()) {
                        views.setDefault(screen, saved[0].id());
                    }
                },
                () -> {
                    Notification.show(
                            getTranslation("views.saved", saved[0].name()), 3000, Notification.Position.BOTTOM_START);
                    current(saved[0]);
                });
        dialog.field("name", name);
        dialog.field("shared", shared);
        dialog.field("default", asDefault);
        name.focus();
        return dialog;
    }

    private FormDialog renameDialog(SavedView view) {
        TextField name = new TextField(getTranslation("views.name"));
        name.setMaxLength(SavedViewService.MAX_NAME_LENGTH);
        name.setValue(view.name());
        FormDialog dialog = new FormDialog(
                getTranslation("views.rename"),
                "form.save",
                () -> views.rename(view.id(), view.version(), name.getValue()),
                this::rebuild);
        dialog.field("name", name);
        return dialog;
    }
}
