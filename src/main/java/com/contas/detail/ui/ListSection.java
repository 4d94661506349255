package com.contas.detail.ui;

import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.detail.DetailScope;
import com.vaadin.flow.component.Component;
import java.io.Serializable;
import java.util.List;

/** A tab that is mainly a paged list of the organization's or person's items. */
abstract class ListSection<T> extends DetailSection {

    /** How a page of the section's items is read (given the service, so that nothing of it is held by the lambda). */
    @FunctionalInterface
    interface Page<T> extends Serializable {
        List<T> read(DetailQueries sections, DetailScope scope, int offset, int limit);
    }

    /** Which of the drawer's counts is this section's. */
    @FunctionalInterface
    interface Count extends Serializable {
        int of(SectionCounts counts);
    }

    protected final PagedList<T> list;
    protected final transient DetailQueries sections;

    ListSection(
            SectionContext drawer,
            String className,
            DetailQueries sections,
            Page<T> page,
            Count count,
            int pageSize,
            String emptyKey) {
        super(drawer, className);
        this.sections = sections;
        list = new PagedList<>(
                (offset, limit) -> page.read(this.sections, drawer.scope(), offset, limit),
                () -> (long) count.of(drawer.counts()),
                this::row,
                pageSize,
                getTranslation(emptyKey));
    }

    /** One item's component. */
    abstract Component row(T item);

    @Override
    void load() {
        list.reload();
    }
}
