package com.contas.kanban;

/**
 * A card was moved to another column (by a drop, the "Move to" dialog or {@link KanbanBoard#moveCard}).
 * The board does not move the card itself: the listener decides, then refreshes what changed.
 */
public class CardMovedEvent<T, C> extends CardMoveEvent<T, C> {

    public CardMovedEvent(KanbanBoard<T, C> source, boolean fromClient, T item, C from, C to) {
        super(source, fromClient, item, from, to);
    }
}
