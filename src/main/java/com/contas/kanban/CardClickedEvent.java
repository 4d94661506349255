package com.contas.kanban;

import com.vaadin.flow.component.ComponentEvent;

/** A card was clicked (or activated with Enter). */
public class CardClickedEvent<T, C> extends ComponentEvent<KanbanBoard<T, C>> {

    private final T item;

    public CardClickedEvent(KanbanBoard<T, C> source, boolean fromClient, T item) {
        super(source, fromClient);
        this.item = item;
    }

    public T getItem() {
        return item;
    }
}
