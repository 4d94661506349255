package com.contas.shell;

import com.contas.common.PageSpec;
import com.contas.common.SearchFolding;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A list screen: a title with a "New" button, a search field and the screen's own filters, and a
 * lazy grid whose pages and sort the service computes in the database. Clicking a row opens it.
 *
 * @param <T> the row record
 * @param <F> the filter record the service takes
 */
public abstract class ListPage<T, F> extends VerticalLayout implements HasDynamicTitle {

    /** How long the search field waits after the last keystroke before the list is read again. */
    static final int SEARCH_DEBOUNCE_MS = 300;

    /**
     * The most rows a list shows. Past it the list says so and asks for a search or a filter: no
     * one reads ten thousand rows, and counting (or skipping to) the millionth deal costs the
     * database a million rows each time, for every user (the capacity ramp's first bottleneck).
     */
    public static final int MAX_ROWS = 10_000;

    protected final Grid<T> grid = new Grid<>();
    private final TextField search = new TextField();
    private final HorizontalLayout filters = new HorizontalLayout();
    private final HorizontalLayout header = new HorizontalLayout();
    private final String titleKey;
    private SerializableBiFunction<F, PageSpec, List<T>> list;
    private Counter<F> count;
    private final Paragraph capped = new Paragraph();
    private final Set<Grid.Column<T>> linkColumns = new HashSet<>();

    /**
     * @param titleKey the page title's translation key
     * @param newKey   the "New ..." button's key, or null for lists without one
     */
    protected ListPage(String titleKey, String newKey) {
        this.titleKey = titleKey;
        addClassName("contas-page");
        setSizeFull();
        H2 title = new H2(getTranslation(titleKey));
        title.addClassName("contas-page-title");
        header.add(title);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (newKey != null) {
            Button create = new Button(getTranslation(newKey), VaadinIcon.PLUS.create(), e -> openNew());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }
        search.setLabel(getTranslation("list.search"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        // Debounced: the rows are read once the user pauses, not on every keystroke.
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DEBOUNCE_MS);
        search.addValueChangeListener(e -> {
            boolean tooShort = e.getValue() != null && !e.getValue().isBlank() && !SearchFolding.isSearch(e.getValue());
            search.setHelperText(tooShort ? getTranslation("list.search.tooShort") : null);
            refresh();
        });
        filters.add(search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setMultiSort(false);
        grid.setItems(
                query -> {
                    List<GridSortOrder<T>> order = grid.getSortOrder();
                    String key =
                            order.isEmpty() ? null : order.get(0).getSorted().getKey();
                    boolean ascending = order.isEmpty() || order.get(0).getDirection() == SortDirection.ASCENDING;
                    return list
                            .apply(filter(), new PageSpec(query.getOffset(), query.getLimit(), key, ascending))
                            .stream();
                },
                query -> shownRows(count.count(filter(), MAX_ROWS + 1L)));
        // A click that crossed a redraw names a row key the grid has let go of: nothing to open.
        grid.addItemClickListener(e -> {
            if (e.getItem() != null && !linkColumns.contains(e.getColumn())) {
                open(e.getItem());
            }
        });
        grid.setEmptyStateComponent(new Paragraph(getTranslation("list.empty")));
        capped.addClassName("contas-list-capped");
        capped.setVisible(false);
        add(header, filters, capped, grid);
        setFlexGrow(1, grid);
    }

    /** The rows the grid offers for {@code found} matches, saying so when there are more. */
    private int shownRows(long found) {
        boolean more = found > MAX_ROWS;
        capped.setVisible(more);
        if (more) {
            capped.setText(getTranslation("list.capped", MAX_ROWS));
        }
        return (int) Math.min(found, MAX_ROWS);
    }

    /** How many rows a filter finds, counting no further than {@code atMost}. */
    @FunctionalInterface
    public interface Counter<F> extends Serializable {
        long count(F filter, long atMost);
    }

    /** The service's filter for the current search and filter fields. */
    protected abstract F filter();

    /**
     * Where the rows come from: the service's page and count for a filter. (Lambdas that call the
     * view's transient service field, so the view never holds the Spring proxy in its session.)
     */
    protected void readFrom(SerializableBiFunction<F, PageSpec, List<T>> list, Counter<F> count) {
        this.list = list;
        this.count = count;
    }

    /** The form of a row, or of a new one when {@code row} is null; null for read-only lists. */
    protected FormDialog form(T row) {
        return null;
    }

    /** Opens the form for a new row. */
    protected void openNew() {
        open(null);
    }

    /** Opens a row (its form), if rows have one. */
    protected void open(T row) {
        FormDialog form = form(row);
        if (form != null) {
            form.open();
        }
    }

    /** Tells the user what happened to {@code name} and reloads the rows. */
    protected void done(String key, String name) {
        Notification.show(getTranslation(key, name), 4000, Notification.Position.BOTTOM_START);
        refresh();
    }

    /**
     * What the user typed in the search field, or null when it is blank or shorter than
     * {@link SearchFolding#MIN_LENGTH} characters (the unfiltered list is shown).
     */
    protected String searchText() {
        String text = search.getValue();
        return SearchFolding.isSearch(text) ? text : null;
    }

    /** Adds filter fields after the search field; the caller refreshes on their changes. */
    protected void addFilters(Component... components) {
        filters.add(components);
    }

    /** Adds something to the header (next to the title). */
    protected void addToHeader(Component... components) {
        header.add(components);
    }

    /** A text column; {@code sortKey} names the service's sort (null: not sortable). */
    protected Grid.Column<T> column(String headerKey, ValueProvider<T, ?> value, String sortKey) {
        return configure(grid.addColumn(value), headerKey, sortKey);
    }

    protected Grid.Column<T> column(String headerKey, Renderer<T> renderer, String sortKey) {
        return configure(grid.addColumn(renderer), headerKey, sortKey);
    }

    /**
     * A column whose text links to a record's own page ({@code organizations/12}); a click on the
     * link goes there instead of opening the row's form.
     *
     * @param id the linked record's id, or null for none (the cell is empty)
     */
    protected Grid.Column<T> linkColumn(
            String headerKey, String route, ValueProvider<T, Long> id, ValueProvider<T, String> text, String sortKey) {
        Grid.Column<T> column = column(
                headerKey,
                // No record, no link: an empty anchor would be a link with no name.
                LitRenderer.<T>of("<a router-link href=\"${item.href}\" ?hidden=\"${!item.href}\">${item.text}</a>")
                        .withProperty("href", row -> id.apply(row) == null ? "" : route + "/" + id.apply(row))
                        .withProperty("text", row -> text.apply(row) == null ? "" : text.apply(row)),
                sortKey);
        linkColumns.add(column);
        return column;
    }

    private Grid.Column<T> configure(Grid.Column<T> column, String headerKey, String sortKey) {
        column.setHeader(getTranslation(headerKey)).setResizable(true).setAutoWidth(true);
        if (sortKey != null) {
            column.setKey(sortKey).setSortable(true).setSortProperty(sortKey);
        }
        return column;
    }

    /** Reloads the rows (after a filter change or a save). */
    public void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
