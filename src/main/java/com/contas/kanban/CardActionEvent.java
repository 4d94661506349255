package com.contas.kanban;

import com.vaadin.flow.component.ComponentEvent;

/**
 * A card's own button was clicked (or pressed with Enter): one the card renderer drew with
 * {@link KanbanBoard#actionButton}, named by its action.
 */
public class CardActionEvent<T, C> extends ComponentEvent<KanbanBoard<T, C>> {

    private final T item;
    private final String action;

    public CardActionEvent(KanbanBoard<T, C> source, boolean fromClient, T item, String action) {
        super(source, fromClient);
        this.item = item;
        this.action = action;
    }

    public T getItem() {
        return item;
    }

    /** The action the button was drawn with. */
    public String getAction() {
        return action;
    }
}
