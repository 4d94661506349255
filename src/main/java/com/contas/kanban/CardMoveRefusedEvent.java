package com.contas.kanban;

import com.vaadin.flow.component.ComponentEvent;

/** A card was dropped on a column that does not take it (see {@link KanbanBoard#setDropAllowed}). */
public class CardMoveRefusedEvent<T, C> extends ComponentEvent<KanbanBoard<T, C>> {

    private final T item;
    private final C from;
    private final C to;

    public CardMoveRefusedEvent(KanbanBoard<T, C> source, boolean fromClient, T item, C from, C to) {
        super(source, fromClient);
        this.item = item;
        this.from = from;
        this.to = to;
    }

    public T getItem() {
        return item;
    }

    public C getFrom() {
        return from;
    }

    public C getTo() {
        return to;
    }
}
