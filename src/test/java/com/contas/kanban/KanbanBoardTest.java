package com.contas.kanban;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board component alone, without Spring or the application. */
class KanbanBoardTest {

    enum Lane {
        TODO,
        DOING,
        DONE
    }

    record Task(int id, String title) {}

    /** Tasks per lane, as a store behind the board would keep them. */
    final Map<Lane, List<Task>> store = new TreeMap<>();

    int fetches;
    KanbanBoard<Task, Lane> board;
    final List<String> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        store.put(
                Lane.TODO,
                new ArrayList<>(IntStream.range(0, 45)
                        .mapToObj(i -> new Task(i, "Task " + i))
                        .toList()));
        store.put(Lane.DOING, new ArrayList<>(List.of(new Task(100, "Doing"))));
        store.put(Lane.DONE, new ArrayList<>());
        board = new KanbanBoard<>(Task::id);
        for (Lane lane : Lane.values()) {
            board.addColumn(lane, lane.name());
        }
        board.setCardRenderer(task -> new Span(task.title()));
        board.setColumnSummaryProvider(lane -> store.get(lane).size() + " tasks");
        board.setDropAllowed((task, lane) -> lane != Lane.DONE || task.id() == 100);
        board.addCardMovedListener(e -> events.add("moved " + e.getItem().id() + " " + e.getFrom() + "->" + e.getTo()));
        board.addCardMoveRefusedListener(
                e -> events.add("refused " + e.getItem().id() + " ->" + e.getTo()));
        board.addCardClickedListener(e ->
                events.add("clicked " + e.getItem().id() + " " + e.getItem().title()));
        board.setDataProvider(new ColumnDataProvider<>() {
            @Override
            public List<Task> fetch(Lane column, int offset, int limit) {
                fetches++;
                List<Task> all = store.get(column);
                return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
            }

            @Override
            public long count(Lane column) {
                return store.get(column).size();
            }
        });
        UI.getCurrent().add(board);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private Task task(int id) {
        return store.values().stream()
                .flatMap(List::stream)
                .filter(t -> t.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void columns_show_their_first_page_a_count_and_a_summary() {
        assertThat(board.getItems(Lane.TODO)).hasSize(20);
        assertThat(board.getTotal(Lane.TODO)).isEqualTo(45);
        String text = board.getElement().getTextRecursively();
        assertThat(text).contains("20 of 45").contains("45 tasks").contains("1 of 1");
    }

    @Test
    void show_more_loads_the_next_page_until_all_are_shown() {
        board.showMore(Lane.TODO);
        assertThat(board.getItems(Lane.TODO)).hasSize(40);
        board.showMore(Lane.TODO);
        assertThat(board.getItems(Lane.TODO))
                .hasSize(45)
                .extracting(Task::id)
                .startsWith(0, 1, 2)
                .endsWith(44);
        assertThat(board.getElement().getTextRecursively()).contains("45 of 45");
    }

    @Test
    void show_more_stops_at_the_most_cards_a_column_may_show_and_says_to_narrow_the_filter() {
        board.setMaxCardsPerColumn(30);

        board.showMore(Lane.TODO);
        board.showMore(Lane.TODO);

        assertThat(board.getItems(Lane.TODO)).hasSize(30);
        assertThat(board.getTotal(Lane.TODO)).isEqualTo(45);
        assertThat(board.getElement().getTextRecursively()).contains("Showing 30 of 45 — narrow the filter");
        assertThat(_find(board, Button.class, spec -> spec.withText("Show more")))
                .noneMatch(Button::isVisible);
    }

    @Test
    void a_card_added_to_a_full_column_keeps_it_at_the_most_it_may_show() {
        board.setMaxCardsPerColumn(20);
        Task early = new Task(999, "Early");
        store.get(Lane.TODO).add(0, early);

        board.addCard(early, Lane.TODO, java.util.Comparator.comparing(Task::title));

        assertThat(board.getItems(Lane.TODO)).hasSize(20).extracting(Task::id).startsWith(999);
        assertThat(board.getTotal(Lane.TODO)).isEqualTo(46);
        board.refreshColumn(Lane.TODO);
        assertThat(board.getItems(Lane.TODO)).hasSize(20);
    }

    @Test
    void move_card_fires_the_event_and_leaves_the_move_to_the_listener() {
        boolean accepted = board.moveCard(task(3), Lane.DOING);

        assertThat(accepted).isTrue();
        assertThat(events).containsExactly("moved 3 TODO->DOING");
        assertThat(board.columnOf(task(3))).contains(Lane.TODO);
    }

    @Test
    void a_refused_drop_fires_the_refusal_and_no_move() {
        assertThat(board.moveCard(task(3), Lane.DONE)).isFalse();
        assertThat(events).containsExactly("refused 3 ->DONE");
        assertThat(board.moveCard(task(100), Lane.DONE)).isTrue();
    }

    @Test
    void a_listener_can_be_removed() {
        Registration registration = board.addCardMovedListener(e -> events.add("second"));
        registration.remove();
        board.moveCard(task(1), Lane.DOING);
        assertThat(events).containsExactly("moved 1 TODO->DOING");
    }

    @Test
    void refreshing_one_column_reloads_only_that_column() {
        Task moved = store.get(Lane.TODO).remove(0);
        store.get(Lane.DOING).add(moved);
        int before = fetches;

        board.refreshColumn(Lane.DOING);

        assertThat(fetches - before).isEqualTo(1);
        assertThat(board.getItems(Lane.DOING)).extracting(Task::id).containsExactly(100, 0);
        assertThat(board.getElement().getTextRecursively()).contains("2 of 2");
    }

    @Test
    void a_column_refresh_keeps_the_components_of_unchanged_cards() {
        var before = board.getCard(task(2)).orElseThrow();
        store.get(Lane.TODO).remove(0);
        board.refreshColumn(Lane.TODO);

        assertThat(board.getCard(task(2))).containsSame(before);
        assertThat(board.getItems(Lane.TODO))
                .extracting(Task::id)
                .startsWith(1, 2, 3)
                .hasSize(20);
        assertThat(board.getColumnBody(Lane.TODO).getChildren().toList().get(1)).isSameAs(before);
    }

    @Test
    void removing_a_card_fills_the_page_and_adding_one_puts_it_in_order() {
        Task moved = store.get(Lane.TODO).remove(0);
        board.removeCard(moved);
        assertThat(board.getItems(Lane.TODO))
                .hasSize(20)
                .extracting(Task::id)
                .startsWith(1)
                .endsWith(20);
        assertThat(board.getTotal(Lane.TODO)).isEqualTo(44);

        board.addCard(new Task(50, "Doing too"), Lane.DOING, java.util.Comparator.comparing(Task::id));
        assertThat(board.getItems(Lane.DOING)).extracting(Task::id).containsExactly(50, 100);
        assertThat(board.getTotal(Lane.DOING)).isEqualTo(2);
        assertThat(board.getElement().getTextRecursively()).contains("2 of 2").contains("20 of 44");

        board.addCard(new Task(999, "Last"), Lane.TODO, java.util.Comparator.comparing(Task::id));
        assertThat(board.getItems(Lane.TODO)).extracting(Task::id).doesNotContain(999);
        assertThat(board.getTotal(Lane.TODO)).isEqualTo(45);
    }

    @Test
    void a_column_filled_up_while_its_store_changed_unheard_shows_no_card_twice() {
        // Someone else put a task at the top of the lane, and this board has not heard of it yet:
        // the store's positions are one ahead of the board's.
        store.get(Lane.TODO).add(0, new Task(-1, "Theirs"));
        Task moved = store.get(Lane.TODO).remove(6);
        board.removeCard(moved);
        board.showMore(Lane.TODO);

        List<String> drawn = board.getColumnBody(Lane.TODO)
                .getChildren()
                .map(card -> card.getElement().getAttribute("data-kanban-card"))
                .toList();
        assertThat(drawn)
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(board.getItems(Lane.TODO).stream()
                        .map(t -> String.valueOf(t.id()))
                        .toList());
    }

    @Test
    void refreshing_a_card_redraws_it_in_place() {
        board.refreshCard(new Task(5, "Renamed"));
        var card = board.getCard(new Task(5, "x")).orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("Renamed");
        assertThat(board.getItems(Lane.TODO).get(5).title()).isEqualTo("Renamed");
        assertThat(board.getColumnBody(Lane.TODO).getChildren().toList().get(5)).isSameAs(card);
        assertThat(board.getColumnBody(Lane.TODO).getChildren()).hasSize(20);
    }

    @Test
    void the_keyboard_move_dialog_moves_the_card() {
        KanbanBrowser.clickMove(board, task(7));
        Dialog dialog = _get(Dialog.class);
        assertThat(_find(dialog, Button.class, spec -> spec.withText("TODO"))
                        .get(0)
                        .isEnabled())
                .isFalse();
        _get(dialog, Button.class, spec -> spec.withText("DOING")).click();

        assertThat(events).containsExactly("moved 7 TODO->DOING");
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void every_card_shows_a_move_button() {
        for (Lane lane : Lane.values()) {
            for (Task task : board.getItems(lane)) {
                assertThat(board.getCard(task)
                                .orElseThrow()
                                .getElement()
                                .getChildren()
                                .filter(e -> !e.isTextNode() && e.getClassList().contains("kanban-move"))
                                .map(e -> e.getTag() + " " + e.getText()))
                        .containsExactly("button Move");
            }
        }
    }

    @Test
    void the_browsers_drag_and_drop_reaches_move_card() {
        KanbanBrowser.dragStart(board, task(9));
        assertThat(board.getColumnBody(Lane.DONE)
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getClassList())
                .contains("kanban-refused");
        assertThat(board.getColumnBody(Lane.DOING)
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getClassList())
                .doesNotContain("kanban-refused");
        KanbanBrowser.drop(board, Lane.DOING);
        KanbanBrowser.dragEnd(board);

        assertThat(events).containsExactly("moved 9 TODO->DOING");
        assertThat(board.getColumnBody(Lane.DONE)
                        .getParent()
                        .orElseThrow()
                        .getElement()
                        .getClassList())
                .doesNotContain("kanban-refused");
    }

    @Test
    void a_drop_on_a_refused_column_fires_the_refusal() {
        KanbanBrowser.dragAndDrop(board, task(9), Lane.DONE);
        assertThat(events).containsExactly("refused 9 ->DONE");
    }

    @Test
    void a_drop_without_a_drag_from_the_board_moves_nothing() {
        KanbanBrowser.dragStart(board, task(9));
        KanbanBrowser.dragEnd(board);
        KanbanBrowser.drop(board, Lane.DOING);
        assertThat(events).isEmpty();
    }

    @Test
    void cards_of_a_later_page_are_dragged_too() {
        board.showMore(Lane.TODO);
        KanbanBrowser.dragAndDrop(board, task(30), Lane.DOING);
        assertThat(events).containsExactly("moved 30 TODO->DOING");
    }

    @Test
    void clicking_a_card_fires_a_click_event() {
        KanbanBrowser.click(board, task(4));
        assertThat(events).containsExactly("clicked 4 Task 4");
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void enter_on_a_card_fires_a_click_event() {
        KanbanBrowser.pressEnter(board, task(100));
        assertThat(events).containsExactly("clicked 100 Doing");
    }

    @Test
    void a_card_button_drawn_by_the_renderer_fires_its_action_and_is_no_card_click() {
        board.addCardActionListener(
                e -> events.add(e.getAction() + " " + e.getItem().id()));
        board.setCardRenderer(task -> {
            Span card = new Span(task.title());
            card.getElement().appendChild(KanbanBoard.actionButton("archive", "Archive", "Archive " + task.title()));
            return card;
        });
        board.refreshCard(task(4));

        KanbanBrowser.clickAction(board, task(4), "archive");

        assertThat(events).containsExactly("archive 4");
    }

    @Test
    void the_move_button_opens_the_dialog_and_is_no_card_click() {
        KanbanBrowser.clickMove(board, task(4));
        assertThat(events).isEmpty();
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    @Test
    void a_refreshed_card_keeps_answering_clicks_with_its_new_item() {
        board.refreshCard(new Task(5, "Renamed"));
        KanbanBrowser.click(board, new Task(5, "x"));
        assertThat(events).containsExactly("clicked 5 Renamed");
    }

    /** A listener that moves the card in the store and redraws both columns, as an application does. */
    private void moveInStoreOnEvent() {
        board.addCardMovedListener(e -> {
            store.get(e.getFrom()).removeIf(t -> t.id() == e.getItem().id());
            store.get(e.getTo()).add(0, e.getItem());
            board.refreshColumn(e.getFrom());
            board.refreshColumn(e.getTo());
        });
    }

    @Test
    void a_move_is_announced_to_screen_readers_with_the_column_and_the_cards_place_in_it() {
        board.setCardNames(Task::title, task -> task.title() + ", due soon");
        moveInStoreOnEvent();

        board.moveCard(task(3), Lane.DOING);

        assertThat(board.getAnnouncement()).isEqualTo("Task 3 moved to DOING, 1 of 2");
        assertThat(board.getElement().getOuterHTML()).contains("aria-live=\"polite\"");
    }

    @Test
    void a_move_the_listener_does_not_make_is_not_announced() {
        board.setCardNames(Task::title, task -> null);

        board.moveCard(task(3), Lane.DOING); // the listener here only records the event

        assertThat(board.getAnnouncement()).isEmpty();
    }

    @Test
    void columns_are_regions_named_by_their_title_and_count_and_cards_are_named_list_items() {
        board.setCardNames(Task::title, task -> task.title() + ", due soon");

        var todo = board.getColumnBody(Lane.TODO).getParent().orElseThrow().getElement();
        assertThat(todo.getAttribute("role")).isEqualTo("region");
        assertThat(todo.getAttribute("aria-label")).isEqualTo("TODO, 20 of 45");
        var card = board.getCard(task(3)).orElseThrow().getElement();
        assertThat(card.getAttribute("role")).isEqualTo("listitem");
        assertThat(card.getAttribute("aria-label")).isEqualTo("Task 3, due soon");
        assertThat(card.getChildren()
                        .filter(child -> child.getClassList().contains("kanban-move"))
                        .findFirst()
                        .orElseThrow()
                        .getAttribute("aria-label"))
                .isEqualTo("Move Task 3");
    }
}
