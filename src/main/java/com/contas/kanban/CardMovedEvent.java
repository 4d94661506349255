package com.contas.kanban;

import com.vaadin.flow.component.ComponentEvent;

/**
 * A card was moved to another column (by a drop, the "Move to" menu or {@link KanbanBoard#moveCard}).
 * The board does not move the card itself: the listener decides, then refreshes what changed.
 */
public class CardMovedEvent<T, C> extends ComponentEvent<KanbanBoard<T, C>> {

    private final T item;
    private final C from;
    private final C to;

    public CardMovedEvent(KanbanBoard<T, C> source, boolean fromClient, T item, C from, C to) {
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
