package com.contas.detail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;

/**
 * A list that loads its items a page at a time from the database ("Show more"), renders each as a
 * small component, and says so when it is empty. Only the pages asked for exist on the server.
 */
class PagedList<T> extends Div {

    private final SerializableBiFunction<Integer, Integer, List<T>> fetch;
    private final SerializableFunction<T, Component> renderer;
    private final int pageSize;
    private final Div items = new Div();
    private final Paragraph empty;
    private final Button more;
    private SerializableSupplier<Long> count;
    private int loaded;

    /**
     * @param fetch    the items from an offset, at most a limit of them, in the order shown
     * @param count    how many there are in all (may be a known figure rather than a query)
     * @param renderer one item's component; it is given the role of a list item
     */
    PagedList(
            SerializableBiFunction<Integer, Integer, List<T>> fetch,
            SerializableSupplier<Long> count,
            SerializableFunction<T, Component> renderer,
            int pageSize,
            String emptyText) {
        this.fetch = fetch;
        this.count = count;
        this.renderer = renderer;
        this.pageSize = pageSize;
        this.empty = new Paragraph(emptyText);
        this.more = new Button("", e -> loadMore());
        addClassName("contas-paged-list");
        items.addClassName("contas-paged-items");
        items.getElement().setAttribute("role", "list");
        empty.addClassName("contas-empty");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(items, empty, more);
    }

    /** Loads the first page again (or as many as were shown, so the reader keeps their place). */
    void reload(SerializableSupplier<Long> newCount) {
        count = newCount;
        int keep = Math.max(pageSize, loaded);
        items.removeAll();
        loaded = 0;
        append(fetch.apply(0, keep));
    }

    void reload() {
        reload(count);
    }

    private void loadMore() {
        append(fetch.apply(loaded, pageSize));
    }

    private void append(List<T> page) {
        for (T item : page) {
            Component row = renderer.apply(item);
            row.getElement().setAttribute("role", "listitem");
            items.add(row);
        }
        loaded += page.size();
        long total = page.isEmpty() && loaded == 0 ? 0 : count.get();
        empty.setVisible(total == 0);
        more.setVisible(loaded < total);
        more.setText(getTranslation("drawer.more", loaded, total));
    }

    /** How many items are shown. */
    int loadedCount() {
        return loaded;
    }
}
