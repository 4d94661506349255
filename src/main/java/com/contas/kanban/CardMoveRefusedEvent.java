package com.contas.kanban;

/** A card was dropped on a column that does not take it (see {@link KanbanBoard#setDropAllowed}). */
public class CardMoveRefusedEvent<T, C> extends CardMoveEvent<T, C> {

    public CardMoveRefusedEvent(KanbanBoard<T, C> source, boolean fromClient, T item, C from, C to) {
        super(source, fromClient, item, from, to);
    }
}
