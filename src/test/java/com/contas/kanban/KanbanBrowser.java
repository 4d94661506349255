package com.contas.kanban;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * What a browser sends to a {@link KanbanBoard}, for Karibu tests (which run no browser). The board
 * listens on its root element; the browser evaluates the listeners' expressions on the event, such as
 * the key of the card it happened in, and sends their values. These helpers read that key from the
 * card's attribute on the server's DOM, as the browser would, and send the same values.
 */
public final class KanbanBrowser {

    private KanbanBrowser() {}

    /** A click on the card (not on its Move button). */
    public static <T> void click(KanbanBoard<T, ?> board, T item) {
        JsonObject data = inCard(board, item);
        data.put(KanbanBoard.ON_MOVE, false);
        data.put(KanbanBoard.ON_ACTION, Json.createNull()); // not on a button of the card's own
        fire(board, "click", data);
    }

    /** A click (or Enter, or Space) on the card's Move button. */
    public static <T> void clickMove(KanbanBoard<T, ?> board, T item) {
        Element move = card(board, item)
                .getElement()
                .getChildren()
                .filter(e -> !e.isTextNode() && e.getClassList().contains("kanban-move"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the card has no Move button"));
        assertThat(move.getTag()).isEqualTo("button");
        JsonObject data = inCard(board, item);
        data.put(KanbanBoard.ON_MOVE, true);
        fire(board, "click", data);
    }

    /** A click (or Enter, or Space) on a button the card renderer drew with {@link KanbanBoard#actionButton}. */
    public static <T> void clickAction(KanbanBoard<T, ?> board, T item, String action) {
        Element button = card(board, item)
                .getElement()
                .getChildren()
                .filter(e -> !e.isTextNode() && action.equals(e.getAttribute(KanbanBoard.ACTION_ATTRIBUTE)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the card has no " + action + " button"));
        assertThat(button.getTag()).isEqualTo("button");
        JsonObject data = inCard(board, item);
        data.put(KanbanBoard.ON_MOVE, false);
        data.put(KanbanBoard.ON_ACTION, action);
        fire(board, "click", data);
    }

    /** Enter on the focused card. */
    public static <T> void pressEnter(KanbanBoard<T, ?> board, T item) {
        assertThat(card(board, item).getElement().getAttribute("tabindex")).isEqualTo("0");
        JsonObject data = Json.createObject();
        data.put(KanbanBoard.CARD_KEY, key(board, item));
        data.put(KanbanBoard.ENTER_ON_CARD, true);
        fire(board, "keydown", data);
    }

    /** The start of a drag of the card (the column's look while dragging can be checked after this). */
    public static <T> void dragStart(KanbanBoard<T, ?> board, T item) {
        assertThat(card(board, item).getElement().getAttribute("draggable")).isEqualTo("true");
        JsonObject data = inCard(board, item);
        data.put(KanbanBoard.DRAG_DATA, Json.createNull());
        fire(board, "dragstart", data);
    }

    /** The drop on a column, after {@link #dragStart}. */
    public static <C> void drop(KanbanBoard<?, C> board, C column) {
        JsonObject data = Json.createObject();
        data.put("event.dataTransfer.effectAllowed", "move");
        Component target = board.getColumnBody(column).getParent().orElseThrow();
        ElementUtilsKt._fireDomEvent(target.getElement(), new DomEvent(target.getElement(), "drop", data));
    }

    /** The end of the drag (the browser sends it after the drop, or when the drag is cancelled). */
    public static void dragEnd(KanbanBoard<?, ?> board) {
        fire(board, "dragend", Json.createObject());
    }

    /** A whole drag and drop of the card on a column, as the browser sends it. */
    public static <T, C> void dragAndDrop(KanbanBoard<T, C> board, T item, C column) {
        dragStart(board, item);
        drop(board, column);
        dragEnd(board);
    }

    private static <T> Component card(KanbanBoard<T, ?> board, T item) {
        return board.getCard(item).orElseThrow(() -> new AssertionError("no card for " + item));
    }

    private static <T> String key(KanbanBoard<T, ?> board, T item) {
        return card(board, item).getElement().getAttribute(KanbanBoard.CARD_ATTRIBUTE);
    }

    private static <T> JsonObject inCard(KanbanBoard<T, ?> board, T item) {
        JsonObject data = Json.createObject();
        data.put(KanbanBoard.CARD_KEY, key(board, item));
        data.put(KanbanBoard.IN_CARD, true);
        return data;
    }

    private static void fire(KanbanBoard<?, ?> board, String type, JsonObject data) {
        Element root = board.getElement();
        ElementUtilsKt._fireDomEvent(root, new DomEvent(root, type, data));
    }
}
