package com.contas.kanban;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableBiPredicate;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kanban board built from Vaadin's Java components and its server-side drag and drop: columns
 * with a header (title, "n of N", a summary such as a sum), lazily loaded cards ({@link #setPageSize}
 * first, more on demand), a card renderer, a rule for which columns take which card (refused
 * columns look refused while a card is dragged), and a "Move to" dialog on every card for the
 * keyboard. The board never moves a card by itself: {@link #moveCard} fires a
 * {@link CardMovedEvent} (or a {@link CardMoveRefusedEvent}) and the listener refreshes what
 * changed with {@link #refreshColumn} or {@link #refreshCard}.
 *
 * <p>Cards are light, as a board shows many: a card is its renderer's component (a new one per
 * call), to which the board adds the card's key as an attribute and a plain {@code <button>} for
 * "Move". A card has no listener of its own: the board listens once, on its root, for clicks,
 * Enter, and the start and end of a drag, and the browser sends the key of the card the event
 * happened in.
 *
 * <p>Knows nothing of the application: no Spring, no persistence, no domain types.
 *
 * @param <T> the card's item
 * @param <C> the column's key
 */
public class KanbanBoard<T, C> extends Composite<Div> {

    /** The card attribute holding its key; {@code dataset.kanbanCard} in the browser. */
    static final String CARD_ATTRIBUTE = "data-kanban-card";
    /** Evaluated by the browser: the key of the card an event happened in, or nothing. */
    static final String CARD_KEY = "event.target.closest?.('[" + CARD_ATTRIBUTE + "]')?.dataset.kanbanCard";

    static final String IN_CARD = CARD_KEY + " != null";
    /** Evaluated by the browser: whether a click was on a card's Move button. */
    static final String ON_MOVE = "!!event.target.closest?.('.kanban-move')";
    /** The attribute naming a card button's action ({@link #actionButton}). */
    static final String ACTION_ATTRIBUTE = "data-kanban-action";
    /** Evaluated by the browser: the action of the card button clicked, or nothing. */
    static final String ON_ACTION = "event.target.closest?.('[" + ACTION_ATTRIBUTE + "]')?.dataset.kanbanAction";
    /** Enter on a focused card; on its Move button the browser makes Enter a click. */
    static final String ENTER_ON_CARD = "event.key === 'Enter' && event.target.hasAttribute('" + CARD_ATTRIBUTE + "')";
    /**
     * Firefox starts dragging an element only when the drag carries data, so the browser sets an
     * empty text while it reads the dragstart event, as Vaadin's own DragSource does; the
     * expression's value is not used.
     */
    static final String DRAG_DATA = "event.dataTransfer.setData('text/plain', '')";

    private final SerializableFunction<T, Object> keyOf;
    private final Map<C, ColumnState> columns = new LinkedHashMap<>();
    private SerializableFunction<T, Component> cardRenderer = item -> new Span(String.valueOf(item));
    private SerializableFunction<C, String> summaryProvider = column -> "";
    private SerializableBiPredicate<T, C> dropAllowed = (item, column) -> true;
    private ColumnDataProvider<T, C> dataProvider;
    private KanbanI18n i18n = KanbanI18n.english();
    private int pageSize = 20;
    /** The most cards a column shows, whatever "Show more" asks: beyond it, narrow the filter. */
    private int maxCards = 500;
    /** The key of the card being dragged, from the browser's dragstart until its drop or dragend. */
    private String dragged;
    /** A card's short name ("Acme"), for the Move button's label and the announcement of a move. */
    private SerializableFunction<T, String> cardName = String::valueOf;
    /** A card's accessible name, read when the card has the focus (what it shows, in one sentence). */
    private SerializableFunction<T, String> cardLabel = item -> null;
    /** Read by screen readers when its text changes: where a moved card is now. */
    private final Div announcer = new Div();

    /**
     * @param keyOf the identity of an item: the same card has the same key after a refresh; its
     *              {@code String.valueOf} is the card's key in the browser
     */
    public KanbanBoard(SerializableFunction<T, Object> keyOf) {
        this.keyOf = keyOf;
        getContent().addClassName("kanban-board");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        getContent().add(announcer);
        Element root = getContent().getElement();
        root.addEventListener(
                        "click",
                        e -> holderOf(e).ifPresent(holder -> {
                            // Not on an action button: the browser sends null (or nothing).
                            JsonValue sent = e.getEventData().get(ON_ACTION);
                            String action = sent != null && sent.getType() == JsonType.STRING ? sent.asString() : null;
                            if (e.getEventData().getBoolean(ON_MOVE)) {
                                openMoveDialog(holder.item);
                            } else if (action != null && !action.isEmpty()) {
                                fireEvent(new CardActionEvent<>(this, true, holder.item, action));
                            } else {
                                fireEvent(new CardClickedEvent<>(this, true, holder.item));
                            }
                        }))
                .addEventData(CARD_KEY)
                .addEventData(ON_MOVE)
                .addEventData(ON_ACTION)
                .setFilter(IN_CARD);
        root.addEventListener(
                        "keydown",
                        e -> holderOf(e)
                                .ifPresent(holder -> fireEvent(new CardClickedEvent<>(this, true, holder.item))))
                .addEventData(CARD_KEY)
                .setFilter(ENTER_ON_CARD);
        root.addEventListener("dragstart", e -> holderOf(e).ifPresent(this::draggingStarted))
                .addEventData(CARD_KEY)
                .addEventData(DRAG_DATA)
                .setFilter(IN_CARD);
        root.addEventListener("dragend", e -> draggingEnded());
    }

    /** Adds a column; columns show in the order added. */
    public void addColumn(C key, String title) {
        ColumnState column = new ColumnState(key, title);
        columns.put(key, column);
        getContent().add(column.root);
    }

    /**
     * Draws a card: a new component per call, which becomes the card (the board adds its class
     * {@code kanban-card}, its key, focus, dragging and the Move button to it).
     */
    public void setCardRenderer(SerializableFunction<T, Component> renderer) {
        this.cardRenderer = Objects.requireNonNull(renderer);
    }

    /**
     * How screen readers name a card: {@code name} is short ("Acme": the Move button says "Move
     * Acme", a move is announced as "Acme moved to Next week, 14 of 25"), {@code label} is read when
     * the card has the focus (e.g. "Acme, R$ 1.000, next: Call · 12 Mar, overdue").
     */
    public void setCardNames(SerializableFunction<T, String> name, SerializableFunction<T, String> label) {
        this.cardName = Objects.requireNonNull(name);
        this.cardLabel = Objects.requireNonNull(label);
        columns.values().forEach(column -> column.cards.values().forEach(holder -> holder.show(holder.item)));
    }

    /** A short text under a column's title, such as the sum of its cards' values. */
    public void setColumnSummaryProvider(SerializableFunction<C, String> provider) {
        this.summaryProvider = Objects.requireNonNull(provider);
    }

    /** Which columns take which cards; refused columns look refused while the card is dragged. */
    public void setDropAllowed(SerializableBiPredicate<T, C> rule) {
        this.dropAllowed = Objects.requireNonNull(rule);
    }

    public void setI18n(KanbanI18n i18n) {
        this.i18n = Objects.requireNonNull(i18n);
        columns.values().forEach(ColumnState::updateHeader);
    }

    /** How many cards a column shows at first, and how many more each "Show more" adds. */
    public void setPageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.pageSize = pageSize;
    }

    /**
     * The most cards a column shows (500 unless set): "Show more" stops there and the column says
     * how many it holds and to narrow what the board shows, so that one column cannot make the
     * server read and hold an unbounded number of cards.
     */
    public void setMaxCardsPerColumn(int maxCards) {
        if (maxCards < 1) {
            throw new IllegalArgumentException("the most cards per column must be positive");
        }
        this.maxCards = maxCards;
    }

    /** Sets where cards come from and (re)loads every column. */
    public void setDataProvider(ColumnDataProvider<T, C> provider) {
        this.dataProvider = Objects.requireNonNull(provider);
        refreshAll();
    }

    public Registration addCardMovedListener(ComponentEventListener<CardMovedEvent<T, C>> listener) {
        return addListener(CardMovedEvent.class, (ComponentEventListener) listener);
    }

    /** Listens to the card buttons the renderer drew with {@link #actionButton}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addCardActionListener(ComponentEventListener<CardActionEvent<T, C>> listener) {
        return addListener(CardActionEvent.class, (ComponentEventListener) listener);
    }

    /**
     * A plain button for a card renderer to put on a card: a click on it (or Enter) fires a
     * {@link CardActionEvent} with {@code action} instead of opening the card. Plain, like the Move
     * button, so that a board of a hundred cards stays light.
     *
     * @param label the accessible name (also the tooltip)
     */
    public static Element actionButton(String action, String text, String label) {
        Element button = new Element("button");
        button.setAttribute("type", "button");
        button.setAttribute(ACTION_ATTRIBUTE, action);
        button.setAttribute("aria-label", label);
        button.setAttribute("title", label);
        button.getClassList().add("kanban-action");
        button.setText(text);
        return button;
    }

    public Registration addCardMoveRefusedListener(ComponentEventListener<CardMoveRefusedEvent<T, C>> listener) {
        return addListener(CardMoveRefusedEvent.class, (ComponentEventListener) listener);
    }

    public Registration addCardClickedListener(ComponentEventListener<CardClickedEvent<T, C>> listener) {
        return addListener(CardClickedEvent.class, (ComponentEventListener) listener);
    }

    /**
     * Asks to move {@code item} to {@code target}: fires {@link CardMovedEvent}, or
     * {@link CardMoveRefusedEvent} when the column does not take the card. The browser's drop and
     * the "Move to" dialog call this; so can tests.
     *
     * @return whether the move was accepted by the drop rule
     */
    public boolean moveCard(T item, C target) {
        return moveCard(item, target, false);
    }

    private boolean moveCard(T item, C target, boolean fromClient) {
        // The dragged card may be redrawn before the browser's dragend reaches the server.
        draggingEnded();
        C from = columnOf(item).orElse(null);
        if (Objects.equals(from, target)) {
            return false;
        }
        if (!dropAllowed.test(item, target)) {
            fireEvent(new CardMoveRefusedEvent<>(this, fromClient, item, from, target));
            return false;
        }
        fireEvent(new CardMovedEvent<>(this, fromClient, item, from, target));
        afterMove(key(item), from, fromClient);
        return true;
    }

    /**
     * Once the listener has put the card where it belongs (not always the column dropped on, and
     * not at all when it asked for something first), says so through the live region and, for a
     * move made in the browser, puts the keyboard's focus on the card in its new place.
     */
    private void afterMove(String key, C from, boolean fromClient) {
        holder(key)
                .ifPresent(holder -> columnOf(holder.item)
                        .filter(now -> !Objects.equals(now, from))
                        .ifPresent(now -> {
                            ColumnState column = columns.get(now);
                            int position = new ArrayList<>(column.cards.keySet()).indexOf(key) + 1;
                            announce(i18n.moved(cardName.apply(holder.item), column.title, position, column.total));
                            if (fromClient) {
                                holder.card.getElement().callJsFunction("focus");
                            }
                        }));
    }

    /** Says {@code text} to screen readers through the board's live region. */
    public void announce(String text) {
        // The same text twice in a row is a change too: clear first, so that it is read again.
        announcer.setText("");
        announcer.setText(text);
    }

    /** What the live region said last (for tests). */
    public String getAnnouncement() {
        return announcer.getText();
    }

    /**
     * Shows one column alone (a phone's width), or every column again with {@code null}. The others
     * keep their cards and counts; the "Move to" dialog still offers them.
     */
    public void showOnly(C key) {
        getContent().setClassName("kanban-one-column", key != null);
        columns.values().forEach(c -> c.root.setVisible(key == null || key.equals(c.key)));
    }

    /** Redraws every column's header (count and summary) without touching the cards. */
    public void refreshHeaders() {
        columns.values().forEach(ColumnState::updateHeader);
    }

    /** Reloads every column (its header and the cards it shows). */
    public void refreshAll() {
        columns.values().forEach(ColumnState::reload);
    }

    /** Reloads one column: its header, and as many cards as it showed (at least a page). */
    public void refreshColumn(C key) {
        ColumnState column = columns.get(key);
        if (column != null) {
            column.reload();
        }
    }

    /**
     * Takes a card off its column (one fewer in its count) and, when the column has more, shows
     * the next one so that the page stays full.
     */
    public void removeCard(T item) {
        String key = key(item);
        for (ColumnState column : columns.values()) {
            CardHolder holder = column.cards.remove(key);
            if (holder != null) {
                column.body.remove(holder.card);
                column.total = Math.max(0, column.total - 1);
                if (column.cards.size() < column.total && dataProvider != null) {
                    column.add(dataProvider.fetch(column.key, column.cards.size(), 1));
                }
                column.updateHeader();
            }
        }
    }

    /**
     * Puts a card into a column (one more in its count) at its place by {@code order}; when it
     * sorts after the cards shown and the column has more, it is counted but not shown.
     */
    public void addCard(T item, C columnKey, Comparator<T> order) {
        ColumnState column = columns.get(columnKey);
        CardHolder already = column.cards.get(key(item));
        if (already != null) {
            // A fill-up read it from the store before this board heard of the change: counted and shown.
            already.show(item);
            return;
        }
        column.total++;
        List<T> shown = column.cards.values().stream().map(h -> h.item).toList();
        int index = 0;
        while (index < shown.size() && order.compare(shown.get(index), item) <= 0) {
            index++;
        }
        if (index < shown.size() || shown.size() + 1 >= column.total) {
            String key = key(item);
            CardHolder holder = new CardHolder(key, item);
            Map<String, CardHolder> reordered = new LinkedHashMap<>();
            int i = 0;
            for (Map.Entry<String, CardHolder> entry : column.cards.entrySet()) {
                if (i++ == index) {
                    reordered.put(key, holder);
                }
                reordered.put(entry.getKey(), entry.getValue());
            }
            if (index >= shown.size()) {
                reordered.put(key, holder);
            }
            column.cards.clear();
            column.cards.putAll(reordered);
            column.body.addComponentAtIndex(index, holder.card);
            column.keepWithinMax();
        }
        column.updateHeader();
    }

    /** Redraws one card in place with new data (same key), without touching its column. */
    public void refreshCard(T item) {
        String key = key(item);
        for (ColumnState column : columns.values()) {
            CardHolder holder = column.cards.get(key);
            if (holder != null) {
                holder.show(item);
            }
        }
    }

    /** The column a card is shown in, if it is shown. */
    public Optional<C> columnOf(T item) {
        String key = key(item);
        return columns.values().stream()
                .filter(c -> c.cards.containsKey(key))
                .map(c -> c.key)
                .findFirst();
    }

    /** The items a column shows now, in order. */
    public List<T> getItems(C key) {
        return columns.get(key).cards.values().stream().map(h -> h.item).toList();
    }

    /** How many items a column holds in all (as last loaded). */
    public long getTotal(C key) {
        return columns.get(key).total;
    }

    /** Loads the next page of a column ("Show more"). */
    public void showMore(C key) {
        columns.get(key).loadMore();
    }

    /** Puts the keyboard's focus on an item's card, if it is shown. */
    public void focusCard(T item) {
        getCard(item).ifPresent(card -> card.getElement().callJsFunction("focus"));
    }

    /** The card component of an item, if shown (for tests and focus). */
    public Optional<Component> getCard(T item) {
        String key = key(item);
        return columns.values().stream()
                .map(c -> c.cards.get(key))
                .filter(Objects::nonNull)
                .map(h -> (Component) h.card)
                .findFirst();
    }

    /** The drop zone of a column (for tests). */
    public Component getColumnBody(C key) {
        return columns.get(key).body;
    }

    private String key(T item) {
        return String.valueOf(keyOf.apply(item));
    }

    /** The card an event of the board's root happened in, by the key the browser sent. */
    private Optional<CardHolder> holderOf(DomEvent event) {
        JsonValue key = event.getEventData().get(CARD_KEY);
        return key == null || key.getType() != JsonType.STRING ? Optional.empty() : holder(key.asString());
    }

    private Optional<CardHolder> holder(String key) {
        return columns.values().stream()
                .map(c -> c.cards.get(key))
                .filter(Objects::nonNull)
                .findFirst();
    }

    private void draggingStarted(CardHolder holder) {
        dragged = holder.key;
        C from = columnOf(holder.item).orElse(null);
        columns.values()
                .forEach(c -> c.root.getElement()
                        .getClassList()
                        .set("kanban-refused", !Objects.equals(from, c.key) && !dropAllowed.test(holder.item, c.key)));
    }

    private void draggingEnded() {
        dragged = null;
        columns.values().forEach(c -> c.root.getElement().getClassList().remove("kanban-refused"));
    }

    private void openMoveDialog(T item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(i18n.moveTo());
        C current = columnOf(item).orElse(null);
        Div buttons = new Div();
        buttons.addClassName("kanban-move-targets");
        Button first = null;
        for (ColumnState column : columns.values()) {
            Button target = new Button(column.title, e -> {
                dialog.close();
                moveCard(item, column.key, true);
            });
            target.setEnabled(!Objects.equals(current, column.key));
            buttons.add(target);
            if (first == null && target.isEnabled()) {
                first = target;
            }
        }
        Button cancel = new Button(i18n.cancel(), e -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.add(buttons);
        dialog.getFooter().add(cancel);
        getContent().add(dialog);
        dialog.addDialogCloseActionListener(e -> dialog.close());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                getContent().remove(dialog);
            }
        });
        dialog.open();
        if (first != null) {
            first.focus();
        }
    }

    /**
     * Texts the board shows itself.
     *
     * @param countOfTotal a pattern with {0} shown and {1} total, e.g. "{0} of {1}"
     * @param limitReached the same for a column at its most cards, e.g. "Showing {0} of {1} — narrow
     *     the filter"
     */
    public record KanbanI18n(
            String showMore,
            String countOfTotal,
            String limitReached,
            String moveTo,
            String moveCard,
            String cancel,
            String movedTo,
            String movedToColumn)
            implements Serializable {

        public static KanbanI18n english() {
            return new KanbanI18n(
                    "Show more",
                    "{0} of {1}",
                    "Showing {0} of {1} — narrow the filter",
                    "Move to",
                    "Move",
                    "Cancel",
                    "{0} moved to {1}, {2} of {3}",
                    "{0} moved to {1}");
        }

        /** "Acme moved to Next week, 14 of 25"; without the place when the card is beyond those shown. */
        String moved(String card, String column, int position, long total) {
            return position > 0
                    ? movedTo.replace("{0}", card)
                            .replace("{1}", column)
                            .replace("{2}", Integer.toString(position))
                            .replace("{3}", Long.toString(total))
                    : movedToColumn.replace("{0}", card).replace("{1}", column);
        }

        String count(int shown, long total) {
            return format(countOfTotal, shown, total);
        }

        String limit(int shown, long total) {
            return format(limitReached, shown, total);
        }

        private static String format(String pattern, int shown, long total) {
            return pattern.replace("{0}", Integer.toString(shown)).replace("{1}", Long.toString(total));
        }
    }

    private final class ColumnState implements Serializable {

        final C key;
        final String title;
        final Div root = new Div();
        final Span count = new Span();
        final Span summary = new Span();
        final Div body = new Div();
        final Button more = new Button();
        final Span limit = new Span();
        final Map<String, CardHolder> cards = new LinkedHashMap<>();
        long total;

        ColumnState(C key, String title) {
            this.key = key;
            this.title = title;
            root.addClassName("kanban-column");
            H3 heading = new H3(title);
            heading.addClassName("kanban-column-title");
            count.addClassName("kanban-column-count");
            summary.addClassName("kanban-column-summary");
            Div header = new Div(heading, count, summary);
            header.addClassName("kanban-column-header");
            body.addClassName("kanban-column-body");
            body.getElement().setAttribute("role", "list");
            root.getElement().setAttribute("role", "region");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            more.addClickListener(e -> loadMore());
            limit.addClassName("kanban-column-limit");
            root.add(header, body, more, limit);
            DropTarget<Div> drop = DropTarget.create(root);
            drop.setDropEffect(DropEffect.MOVE);
            drop.addDropListener(e -> Optional.ofNullable(dragged)
                    .flatMap(KanbanBoard.this::holder)
                    .ifPresent(holder -> moveCard(holder.item, key, true)));
        }

        /**
         * Reloads the column. Cards whose item is unchanged keep their components (only moved into
         * place), so a refresh after a move redraws the cards that changed, not the whole column.
         */
        void reload() {
            int shown = Math.min(maxCards, Math.max(pageSize, cards.size()));
            List<T> items = List.of();
            if (dataProvider == null) {
                total = 0;
            } else {
                total = dataProvider.count(key);
                items = dataProvider.fetch(key, 0, shown);
            }
            Map<String, CardHolder> previous = new LinkedHashMap<>(cards);
            cards.clear();
            List<CardHolder> ordered = new ArrayList<>();
            for (T item : items) {
                String itemKey = key(item);
                CardHolder holder = previous.remove(itemKey);
                if (holder == null) {
                    holder = new CardHolder(itemKey, item);
                } else if (!Objects.equals(holder.item, item)) {
                    holder.show(item);
                }
                cards.put(itemKey, holder);
                ordered.add(holder);
            }
            previous.values().forEach(h -> body.remove(h.card));
            for (int i = 0; i < ordered.size(); i++) {
                Component card = ordered.get(i).card;
                if (body.getComponentCount() <= i || body.getComponentAt(i) != card) {
                    body.addComponentAtIndex(i, card);
                }
            }
            updateHeader();
        }

        void loadMore() {
            int room = maxCards - cards.size();
            if (dataProvider != null && cards.size() < total && room > 0) {
                add(dataProvider.fetch(key, cards.size(), Math.min(pageSize, room)));
                updateHeader();
            }
        }

        /** A card put in a full column pushes its last card out (still counted). */
        void keepWithinMax() {
            while (cards.size() > maxCards) {
                String last = null;
                for (String k : cards.keySet()) {
                    last = k;
                }
                body.remove(cards.remove(last).card);
            }
        }

        /**
         * Appends cards read from the store after the ones shown. The store may have changed in ways
         * this board has not heard of yet (a colleague's move is on its way), so that its next
         * positions hold a card shown already, here or in another column: that one is not drawn
         * twice (the change, when heard, puts it in its place).
         */
        void add(List<T> items) {
            for (T item : items) {
                String itemKey = key(item);
                if (holder(itemKey).isPresent()) {
                    continue;
                }
                CardHolder holder = new CardHolder(itemKey, item);
                cards.put(itemKey, holder);
                body.add(holder.card);
            }
        }

        void updateHeader() {
            count.setText(i18n.count(cards.size(), total));
            // A labelled region: "Overdue, 20 of 25" (a screen reader lists the columns by it).
            root.getElement().setAttribute("aria-label", title + ", " + count.getText());
            summary.setText(summaryProvider.apply(key));
            more.setText(i18n.showMore());
            boolean atMost = cards.size() >= maxCards && cards.size() < total;
            more.setVisible(cards.size() < total && !atMost);
            limit.setText(atMost ? i18n.limit(cards.size(), total) : "");
            limit.setVisible(atMost);
        }
    }

    /**
     * A card: the renderer's component, made focusable and draggable and given the card's key, with
     * a plain {@code <button>} for "Move" that the board's click listener recognizes.
     */
    private final class CardHolder implements Serializable {

        final String key;
        T item;
        Component card;

        CardHolder(String key, T item) {
            this.key = key;
            this.item = item;
            this.card = draw(item);
        }

        private Component draw(T item) {
            Component drawn = cardRenderer.apply(item);
            Element element = drawn.getElement();
            element.getClassList().add("kanban-card");
            element.setAttribute("tabindex", "0");
            element.setAttribute("draggable", "true");
            element.setAttribute(CARD_ATTRIBUTE, key);
            element.setAttribute("role", "listitem");
            String label = cardLabel.apply(item);
            if (label != null) {
                element.setAttribute("aria-label", label);
            }
            Element move = new Element("button");
            move.setAttribute("type", "button");
            move.getClassList().add("kanban-move");
            move.setText(i18n.moveCard());
            move.setAttribute("aria-label", i18n.moveCard() + " " + cardName.apply(item));
            element.appendChild(move);
            return drawn;
        }

        /** Draws the card again with new data, in the same place. */
        void show(T newItem) {
            this.item = newItem;
            Component before = card;
            card = draw(newItem);
            Element parent = before.getElement().getParent();
            if (parent != null) {
                parent.setChild(parent.indexOfChild(before.getElement()), card.getElement());
            }
        }
    }
}
