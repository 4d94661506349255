package com.contas.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;

/** A drawer tab that is mainly a paged list of the account's items. */
abstract class ListSection<T> extends DrawerSection {

    protected final PagedList<T> list;

    /**
     * @param fetch a page of items of the drawer's account, from an offset, at most a limit
     * @param count how many there are (the drawer's counts, read with the header)
     */
    ListSection(AccountDrawer drawer, String className, SerializableBiFunction<Integer, Integer, List<T>> fetch,
            SerializableSupplier<Long> count, int pageSize, String emptyKey) {
        super(drawer, className);
        list = new PagedList<>(fetch, count, this::row, pageSize, getTranslation(emptyKey));
    }

    /** One item's component. */
    abstract Component row(T item);

    @Override
    void load() {
        list.reload();
    }
}
