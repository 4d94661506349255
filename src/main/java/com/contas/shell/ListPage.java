package com.contas.shell;

import com.contas.common.PageSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;

/**
 * A list screen: a title with a "New" button, a search field and the screen's own filters, and a
 * lazy grid whose pages and sort the service computes in the database. Clicking a row opens it.
 *
 * @param <T> the row record
 */
public abstract class ListPage<T> extends VerticalLayout implements HasDynamicTitle {

    protected final Grid<T> grid = new Grid<>();
    private final TextField search = new TextField();
    private final HorizontalLayout filters = new HorizontalLayout();
    private final HorizontalLayout header = new HorizontalLayout();
    private final String titleKey;

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
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        filters.add(search);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setMultiSort(false);
        grid.setItems(query -> {
            List<GridSortOrder<T>> order = grid.getSortOrder();
            String key = order.isEmpty() ? null : order.get(0).getSorted().getKey();
            boolean ascending = order.isEmpty() || order.get(0).getDirection() == SortDirection.ASCENDING;
            return fetch(new PageSpec(query.getOffset(), query.getLimit(), key, ascending)).stream();
        }, query -> (int) Math.min(Integer.MAX_VALUE, count()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setEmptyStateComponent(new Paragraph(getTranslation("list.empty")));
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    /** The rows of one page for the current search and filters. */
    protected abstract List<T> fetch(PageSpec page);

    /** How many rows the current search and filters give. */
    protected abstract long count();

    /** Opens the form for a new row. */
    protected void openNew() {
    }

    /** Opens a row (its form). */
    protected abstract void open(T row);

    /** What the user typed in the search field, or null. */
    protected String searchText() {
        String text = search.getValue();
        return text == null || text.isBlank() ? null : text;
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
