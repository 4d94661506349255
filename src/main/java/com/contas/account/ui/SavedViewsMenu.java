package com.contas.account.ui;

import com.contas.account.SavedView;
import com.contas.account.SavedViewService;
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
import com.vaadin.flow.function.SerializableSupplier;
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
    private final MenuItem opener;
    private Long currentId;

    /**
     * @param currentQuery   the screen's filters and sort, as its address holds them
     * @param currentColumns the list's visible columns (null on the board)
     * @param open           shows a view (the screen navigates to it)
     */
    public SavedViewsMenu(
            SavedViewService views,
            SavedView.Screen screen,
            SerializableSupplier<String> currentQuery,
            SerializableSupplier<String> currentColumns,
            SerializableConsumer<SavedView> open) {
        this.views = views;
        this.screen = screen;
        this.currentQuery = currentQuery;
        this.currentColumns = currentColumns;
        this.open = open;
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        addClassName("contas-views");
        opener = addItem(getTranslation("views.menu"));
        opener.addComponentAsFirst(VaadinIcon.BOOKMARK_O.create());
        addAttachListener(e -> rebuild());
    }

    /** The view now shown (null: none, or the filters changed since), named on the menu. */
    public void current(Long viewId) {
        currentId = viewId;
        rebuild();
    }

    private void rebuild() {
        SubMenu menu = opener.getSubMenu();
        menu.removeAll();
        Optional<SavedView> current = Optional.empty();
        Long defaultId = views.defaultView(screen).map(SavedView::id).orElse(null);
        for (SavedView view : views.visible(screen)) {
            String label = view.name()
                    + (view.shared() ? " · " + getTranslation("views.team") : "")
                    + (view.id() == (defaultId == null ? -1 : defaultId)
                            ? " · " + getTranslation("views.default")
                            : "");
            MenuItem item = menu.addItem(label, e -> open.accept(view));
            item.setCheckable(true);
            boolean isCurrent = currentId != null && view.id() == currentId;
            item.setChecked(isCurrent);
            if (isCurrent) {
                current = Optional.of(view);
            }
        }
        menu.addItem(getTranslation("views.save"), e -> saveDialog().open());
        current.ifPresent(view -> {
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
                            currentId = null;
                        }));
            }
        });
        if (defaultId != null) {
            menu.addItem(getTranslation("views.noDefault"), e -> act(() -> views.setDefault(screen, null)));
        }
        opener.setText(null);
        opener.removeAll();
        opener.add(VaadinIcon.BOOKMARK_O.create());
        opener.add(current.map(SavedView::name).orElse(getTranslation("views.menu")));
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
                    current(saved[0].id());
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
