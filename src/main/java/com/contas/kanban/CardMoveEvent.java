package com.contas.kanban;

import com.vaadin.flow.component.ComponentEvent;

/** A card and the two columns of a move, accepted ({@link CardMovedEvent}) or not ({@link CardMoveRefusedEvent}). */
public abstract class CardMoveEvent<T, C> extends ComponentEvent<KanbanBoard<T, C>> {

    private final T item;
    private final C from;
    private final C to;

    protected CardMoveEvent(KanbanBoard<T, C> source, boolean fromClient, T item, C from, C to) {
        super(source, fromClient);
        this.item = item;
        this.from = from;
        this.to = to;
    }

    public T getItem() {
        return item;
    }

    /** The column the card was in. */
    public C getFrom() {
        return from;
    }

    /** The column it was dropped on. */
    public C getTo() {
        return to;
    }
}
