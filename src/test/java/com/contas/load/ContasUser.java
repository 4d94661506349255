package com.contas.load;

import com.contas.load.NodeTree.Node;
import com.contas.load.VaadinClient.ProtocolException;
import com.contas.load.VaadinClient.Response;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user of Contas: a browser tab ({@link VaadinClient}) and the clicks a user makes,
 * each verified from what the server answered (never from an HTTP status alone) and timed from the
 * first request sent to the last answer parsed (think time excluded). A failed verification is a
 * failed action with its reason; the user goes on with the next one.
 */
final class ContasUser implements AutoCloseable {

    /** A verification that did not hold. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    interface Action {
        void run() throws IOException, InterruptedException;
    }

    /** The last card moved, for Undo. */
    record Move(String key, String name, int from, int to) {}

    /** A grid's {@code $connector.set(index, items)} call: the rows the server sent. */
    record GridRows(int grid, int index, List<JsonNode> items) {}

    static final String[] COLUMNS = {"No activity", "Overdue", "Today", "This week", "Next week", "Later"};
    private static final Pattern COUNT = Pattern.compile("(\\d+) of (\\d+)");

    final VaadinClient client;
    private final java.util.function.Supplier<Stats> stats;
    private final Random random;
    private final int index;
    /**
     * Who works on which card (by its key), for all the users of a run: a user drags only cards it
     * has claimed or claims a free one, as a team does not fight over one card. (Shares by key
     * modulo the number of users changed with that number during a ramp, and two users then
     * dragged the same card: the second was rightly refused, and counted as a failure.)
     */
    private static final Map<String, Integer> CLAIMS = new java.util.concurrent.ConcurrentHashMap<>();

    private long timed;
    private boolean opened;
    private String view = "";
    private Move lastMove;
    private final Map<Integer, Long> notificationsSeen = new HashMap<>();
    private static final boolean DIAGNOSE = Boolean.getBoolean("contas.load.diagnose");
    /** For a diagnosis: the card the current action moves, where cards were before it, what this user did to each. */
    private Move diagnosed;

    private Map<String, String> places = Map.of();
    private final Map<String, List<String>> moves = new HashMap<>();

    /** @param index this user's number (its random seed, its claim on cards) */
    ContasUser(HttpClient http, URI base, java.util.function.Supplier<Stats> stats, int index) {
        this.client = new VaadinClient(http, base, Duration.ofSeconds(30));
        this.stats = stats;
        this.random = new Random(42L * 1_000_003 + index);
        this.index = index;
    }

    Random random() {
        return random;
    }

    String view() {
        return view;
    }

    /**
     * Whether users press Undo ({@code -Dcontas.load.undo}, default true): off, a run measures the
     * other actions alone.
     */
    static final boolean UNDO = Boolean.parseBoolean(System.getProperty("contas.load.undo", "true"));

    /** Whether the notice of the last move, with its Undo, is still open. */
    boolean undoAvailable() {
        if (lastMove == null || !UNDO) {
            return false;
        }
        long now = System.nanoTime();
        return client.tree.findByTag("vaadin-notification").stream().anyMatch(n -> {
            JsonNode opened = client.tree.property(n, "opened");
            JsonNode duration = client.tree.property(n, "duration");
            Long seen = notificationsSeen.get(n.id);
            boolean young = duration == null
                    || duration.asLong() <= 0
                    || seen == null
                    || now - seen < (duration.asLong() - 1000) * 1_000_000L;
            return opened != null
                    && opened.asBoolean()
                    && young
                    && client.tree.text(n).contains(lastMove.name());
        });
    }

    /**
     * Whether an account's drawer is on screen. A closed drawer keeps its last title, hidden: the
     * server ignores events sent to it (a note "added" to it would be a failure of the generator).
     */
    boolean drawerOpen() {
        return client.tree.findByClass("contas-drawer").stream().anyMatch(d -> !client.tree.hidden(d))
                && client.tree.findByClass("contas-drawer-title").stream()
                        .anyMatch(n -> !client.tree.text(n).isBlank());
    }

    // ---- the harness of an action

    /** Runs an action, records its latency or its failure; returns whether it succeeded. */
    boolean act(String name, Action action) {
        timed = 0;
        try {
            client.applyPushed();
            String pushFailure = client.takePushFailure();
            if (pushFailure != null) {
                throw new Failure(pushFailure);
            }
            closeExpiredNotifications();
            client.heartbeatIfDue();
            diagnosed = null;
            if (DIAGNOSE && "board".equals(view)) {
                places = cardPlaces();
            }
            action.run();
            stats.get().success(name, timed);
            return true;
        } catch (Failure | ProtocolException e) {
            stats.get().failure(name, e.getMessage() + diagnoseBoard(e));
        } catch (IOException e) {
            stats.get().failure(name, e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stats.get().failure(name, "interrupted");
        } catch (RuntimeException e) {
            stats.get().failure(name, e.toString());
        }
        return false;
    }

    /**
     * With {@code -Dcontas.load.diagnose=true}, after a failure on the board: where this tree
     * shows each card, compared with the server's whole state (a resynchronization), to tell a
     * generator whose tree drifted from an app that put a card in the wrong place.
     */
    private String diagnoseBoard(RuntimeException e) {
        if (!DIAGNOSE || !"board".equals(view) || !(e instanceof Failure)) {
            return "";
        }
        try {
            Map<String, String> mine = cardPlaces();
            client.resynchronizeNow();
            Map<String, String> server = cardPlaces();
            List<String> differences = new ArrayList<>();
            java.util.Set<String> keys = new java.util.TreeSet<>(mine.keySet());
            keys.addAll(server.keySet());
            for (String key : keys) {
                if (!java.util.Objects.equals(mine.get(key), server.get(key))) {
                    differences.add(key + ": mine " + mine.get(key) + ", server " + server.get(key));
                }
            }
            String diagnosis = " [diagnosis: "
                    + (differences.isEmpty()
                            ? "the server's state agrees with this tree"
                            : "this tree drifted: " + differences)
                    + "]";
            if (diagnosed != null) {
                diagnosis += " [card " + diagnosed.key() + " " + diagnosed.name() + " was "
                        + places.get(diagnosed.key()) + ", now " + server.get(diagnosed.key()) + "; moves: "
                        + moves.get(diagnosed.key()) + "]";
                openAccountPage(diagnosed.key(), diagnosed.name());
                diagnosis += " [on a new page: " + cardPlaces().get(diagnosed.key()) + "]";
                diagnosis += " [its activities: " + tabItems("Activities", "contas-drawer-activities")
                        + "] [its history: " + history() + "]";
            }
            System.out.println("DIAGNOSIS " + e.getMessage() + diagnosis);
            return diagnosis;
        } catch (IOException | RuntimeException ex) {
            return " [diagnosis failed: " + ex + "]";
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** Each card shown on the board, by key: its column and position there. */
    private Map<String, String> cardPlaces() {
        Map<String, String> places = new java.util.TreeMap<>();
        List<Node> columns = columns();
        for (int i = 0; i < columns.size(); i++) {
            List<Node> cards = client.tree
                    .subtree(columns.get(i))
                    .filter(n -> client.tree.attribute(n, "data-kanban-card") != null)
                    .toList();
            for (int j = 0; j < cards.size(); j++) {
                places.put(
                        client.tree.attribute(cards.get(j), "data-kanban-card"),
                        COLUMNS[i] + "#" + j + (client.tree.hidden(cards.get(j)) ? " hidden" : ""));
            }
        }
        return places;
    }

    /** Sends one message of the action (timed) and then what the browser sends by itself after it (not timed). */
    private Response send(List<ObjectNode> rpcs) throws IOException, InterruptedException {
        Response response = client.send(rpcs);
        timed += response.nanos();
        noteNotifications();
        confirmGridUpdates(response);
        return response;
    }

    private Response timedNavigation(String route) throws IOException, InterruptedException {
        Response response;
        if (!opened) {
            response = client.openPage(route, "");
            newPage();
        } else {
            response = client.navigate(route, "", "link");
        }
        timed += response.nanos();
        noteNotifications();
        confirmGridUpdates(response);
        return response;
    }

    /** A page load starts a new UI: nothing of the old one is held any more. */
    private void newPage() {
        opened = true;
        held.clear();
        notificationsSeen.clear();
        lastMove = null;
    }

    /** When each notification appeared: it closes itself after its duration from then. */
    private void noteNotifications() {
        long now = System.nanoTime();
        for (Node n : client.tree.findByTag("vaadin-notification")) {
            notificationsSeen.putIfAbsent(n.id, now);
        }
    }

    /** The grid connector confirms every update it applied ({@code $server.confirmUpdate(id)}), as the browser does. */
    private void confirmGridUpdates(Response response) throws IOException, InterruptedException {
        List<ObjectNode> confirms = new ArrayList<>();
        for (JsonNode execute : response.executes()) {
            String script = execute.get(execute.size() - 1).asText();
            if (script.contains("$connector.confirm(") && execute.size() >= 3) {
                int node = nodeParam(execute.get(0));
                Optional<Node> target = client.tree.get(node);
                if (target.isPresent()
                        && client.tree.clientCallables(target.get()).contains("confirmUpdate")) {
                    confirms.add(client.call(
                            target.get(), "confirmUpdate", execute.get(1).asInt()));
                }
            }
        }
        if (!confirms.isEmpty()) {
            client.send(confirms);
        }
    }

    /** A notification closes itself after its duration and tells the server ({@code opened} false). */
    void closeExpiredNotifications() throws IOException, InterruptedException {
        long now = System.nanoTime();
        List<ObjectNode> rpcs = new ArrayList<>();
        for (Node n : client.tree.findByTag("vaadin-notification")) {
            JsonNode openedProperty = client.tree.property(n, "opened");
            JsonNode duration = client.tree.property(n, "duration");
            if (openedProperty == null || !openedProperty.asBoolean() || duration == null || duration.asLong() <= 0) {
                continue;
            }
            long seen = notificationsSeen.computeIfAbsent(n.id, id -> now);
            if (now - seen > duration.asLong() * 1_000_000L
                    && client.tree.listeners(n).containsKey("opened-changed")) {
                rpcs.addAll(client.event(n, "opened-changed", Map.of("}opened", false)));
                notificationsSeen.remove(n.id);
            }
        }
        if (!rpcs.isEmpty()) {
            client.send(rpcs);
        }
    }

    // ---- actions

    /** Signs in through the login form: Spring redirects away from the login page. */
    void signIn(String username, String password) throws IOException, InterruptedException {
        long start = System.nanoTime();
        client.signIn(username, password);
        timed += System.nanoTime() - start;
    }

    /** Opens the push WebSocket: the server accepts it and sends Atmosphere's handshake. */
    void connectPush() throws InterruptedException {
        long start = System.nanoTime();
        client.connectPush();
        timed += System.nanoTime() - start;
    }

    /** Opens the accounts list: the grid shows rows. */
    void openAccounts() throws IOException, InterruptedException {
        Response response = timedNavigation("accounts");
        view = "accounts";
        Node grid = accountsGrid();
        List<GridRows> rows = rows(response, grid.id);
        long size = client.tree.property(grid, "size") == null
                ? 0
                : client.tree.property(grid, "size").asLong();
        if (size == 0 || rows.stream().mapToInt(r -> r.items().size()).sum() == 0) {
            throw new Failure("the accounts grid showed no rows (size " + size + ")");
        }
    }

    /** Scrolls the list: the grid asks for another range and the server sends those rows. */
    void scrollGrid() throws IOException, InterruptedException {
        Node grid = accountsGrid();
        int size = client.tree.property(grid, "size").asInt();
        int length = 50;
        int start = size <= length ? 0 : random.nextInt(size - length);
        Response response = send(List.of(client.call(grid, "setViewportRange", start, length)));
        rows(response, grid.id);
        int end = Math.min(size, start + length);
        var rows = held.getOrDefault(grid.id, new java.util.TreeMap<>());
        // Rows of the range the grid already held are not sent again; every other one must come.
        int missing = 0;
        for (int i = start; i < end; i++) {
            missing += rows.containsKey(i) ? 0 : 1;
        }
        if (missing > 0) {
            throw new Failure("asked for rows " + start + "-" + end + ", " + missing + " did not come");
        }
    }

    /** Types a search in the list's search field: every row the grid then shows matches it. */
    void searchAccounts() throws IOException, InterruptedException {
        Node grid = accountsGrid();
        String term = termFromRows("name", grid);
        Node field = field("Search accounts");
        searchAndVerify(grid, field, term);
    }

    /**
     * The input event (after the field's debounce); the grid then holds the new size, and, when its
     * viewport has no rows, asks for the first page as the browser's grid does.
     */
    private void searchAndVerify(Node grid, Node field, String term) throws IOException, InterruptedException {
        rows(send(client.event(field, "input", Map.of("}value", term))), grid.id);
        JsonNode size = client.tree.property(grid, "size");
        if (size == null || size.asInt() == 0) {
            throw new Failure("a search for '" + term + "' (found in a row) showed no rows");
        }
        if (!held.getOrDefault(grid.id, new java.util.TreeMap<>()).containsKey(0)) {
            rows(send(List.of(client.call(grid, "setViewportRange", 0, 50))), grid.id);
        }
        verifySearch(grid, term);
    }

    /** Opens a row's account in the drawer (a click on the row): the drawer's header shows its name. */
    void openDrawerFromList() throws IOException, InterruptedException {
        Node grid = accountsGrid();
        JsonNode row = anyRow(grid.id);
        String name = value(row, "name");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("event.detail.itemKey", row.get("key").asText());
        values.put("event.detail.internalColumnId", "col1");
        VaadinClient.MOUSE.forEach((k, v) -> values.put(k.replace("event.", "event.detail."), v));
        send(client.event(grid, "item-click", values));
        verifyDrawer(name);
    }

    /** Adds a note in the open drawer's Notes tab: the note's text comes back in the list of notes. */
    void addNote() throws IOException, InterruptedException {
        addNote("Load note " + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
    }

    void addNote(String text) throws IOException, InterruptedException {
        Node drawer = selectTab("Notes");
        Node area = client.tree
                .subtree(drawer)
                .filter(n -> "vaadin-text-area".equals(client.tree.tag(n))
                        && textProperty(n, "label").equals("New note"))
                .findFirst()
                .orElseThrow(() -> new Failure(
                        "the Notes tab has no New note field (" + drawerState(drawer) + "; " + screenMessage() + ")"));
        send(client.event(area, "change", Map.of("}value", text)));
        Node add = client.tree
                .subtree(drawer)
                .filter(n -> "vaadin-button".equals(client.tree.tag(n))
                        && client.tree.text(n).equals("Add note"))
                .findFirst()
                .orElseThrow(() -> new Failure("no Add note button"));
        send(client.event(add, "click", VaadinClient.MOUSE));
        boolean shown = client.tree
                .subtree(drawer)
                .anyMatch(n -> client.tree.hasClass(n, "contas-note")
                        && client.tree.text(n).contains(text));
        if (!shown) {
            List<String> notes = client.tree
                    .subtree(drawer)
                    .filter(n -> client.tree.hasClass(n, "contas-note"))
                    .limit(3)
                    .map(n -> VaadinClient.abbreviate(client.tree.text(n)))
                    .toList();
            throw new Failure("the new note did not come back (" + screenMessage() + "; field error '"
                    + textProperty(area, "errorMessage") + "'; " + drawerState(drawer) + "; first notes " + notes
                    + ")");
        }
    }

    /** What the drawer shows, for a failure's message: the selected tab and the sections present. */
    private String drawerState(Node drawer) {
        String tabs = client.tree
                .subtree(drawer)
                .filter(n -> "vaadin-tabs".equals(client.tree.tag(n)))
                .findFirst()
                .map(t -> "selected=" + client.tree.property(t, "selected") + " of "
                        + client.tree.children(t).stream()
                                .map(client.tree::text)
                                .toList())
                .orElse("no tabs");
        List<String> sections = java.util.stream.Stream.of(
                        "activities", "notes", "files", "deals", "people", "fields", "history")
                .filter(key ->
                        client.tree.subtree(drawer).anyMatch(n -> client.tree.hasClass(n, "contas-drawer-" + key)))
                .toList();
        String title = client.tree.findByClass("contas-drawer-title").stream()
                .map(client.tree::text)
                .findFirst()
                .orElse("?");
        return "sections " + sections + ", " + tabs.replaceAll(" \\(\\d+\\)", "") + ", title " + title;
    }

    /** Selects a tab of the open drawer (the tabs' {@code selected} property and its event); returns the drawer. */
    private Node selectTab(String label) throws IOException, InterruptedException {
        Node drawer = one(client.tree.findByClass("contas-drawer"), "the drawer");
        Node tabs = client.tree
                .subtree(drawer)
                .filter(n -> "vaadin-tabs".equals(client.tree.tag(n)))
                .findFirst()
                .orElseThrow(() -> new Failure("the drawer has no tabs"));
        List<Node> tabList = client.tree.children(tabs).stream()
                .filter(n -> "vaadin-tab".equals(client.tree.tag(n)))
                .toList();
        int index = -1;
        for (int i = 0; i < tabList.size(); i++) {
            if (client.tree.text(tabList.get(i)).startsWith(label)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new Failure("no " + label + " tab");
        }
        send(client.event(tabs, "selected-changed", Map.of("}selected", index)));
        return drawer;
    }

    /** The rows of the open drawer's History tab, newest first, as the user reads them. */
    List<String> history() throws IOException, InterruptedException {
        return tabItems("History", "contas-drawer-history");
    }

    /** The rows ({@code contas-item}) of one tab of the open drawer, as the user reads them. */
    private List<String> tabItems(String label, String sectionClass) throws IOException, InterruptedException {
        Node drawer = selectTab(label);
        Node section = client.tree
                .subtree(drawer)
                .filter(n -> client.tree.hasClass(n, sectionClass))
                .findFirst()
                .orElseThrow(() -> new Failure("no " + sectionClass));
        return client.tree
                .subtree(section)
                .filter(n -> client.tree.hasClass(n, "contas-item"))
                .map(n -> {
                    List<String> parts = client.tree.children(n).stream()
                            .map(client.tree::text)
                            .toList();
                    return String.join(" | ", parts);
                })
                .toList();
    }

    /** Loads the page of an account on the board (a deep link): the drawer shows it. */
    void openAccountPage(String key, String name) throws IOException, InterruptedException {
        Response response = client.openPage("accounts/board/" + key, "");
        newPage();
        view = "board";
        timed += response.nanos();
        confirmGridUpdates(response);
        verifyDrawer(name);
    }

    /** Opens the board: six columns with their titles, and cards. */
    void openBoard() throws IOException, InterruptedException {
        timedNavigation("accounts/board");
        view = "board";
        List<Node> columns = columns();
        if (columns.size() != 6) {
            throw new Failure("the board has " + columns.size() + " columns");
        }
        for (int i = 0; i < 6; i++) {
            if (!columnTitle(columns.get(i)).equals(COLUMNS[i])) {
                throw new Failure("column " + i + " is " + columnTitle(columns.get(i)));
            }
        }
        if (client.tree
                .find(n -> client.tree.attribute(n, "data-kanban-card") != null)
                .isEmpty()) {
            throw new Failure("the board shows no card");
        }
    }

    /** Opens a card's account in the drawer (a click on the card). */
    void openDrawerFromBoard() throws IOException, InterruptedException {
        Node card = randomCard(List.of(0, 1, 2, 3, 4, 5));
        String name = cardName(card);
        send(client.event(board(), "click", browserValues(card, false)));
        verifyDrawer(name);
    }

    /**
     * Drags a card onto another column as the browser does: dragstart on the board (the card's key),
     * drop on the column (a Vaadin DropTarget), dragend. The card leaves its column, the user is told
     * it moved to the target, and the card is in the target column if that column shows it.
     */
    void dropCard() throws IOException, InterruptedException {
        List<Node> columns = columns();
        Node card = myCard().orElseThrow(() -> new Failure("no card on the board that this user may drag"));
        int from = columns.indexOf(columnOf(card));
        int to = from == 4 ? 5 : from == 5 ? 4 : 4 + random.nextInt(2);
        dropCard(card, to);
    }

    /**
     * Drags the first card of one column (other than {@code notKey}) onto another; returns the move
     * (its card's key is the account's id).
     */
    Move dropFirstCard(int fromColumn, int to, String notKey) throws IOException, InterruptedException {
        Node card = client.tree
                .subtree(columns().get(fromColumn))
                .filter(n -> client.tree.attribute(n, "data-kanban-card") != null
                        && !client.tree.attribute(n, "data-kanban-card").equals(notKey))
                .findFirst()
                .orElseThrow(() -> new Failure("no card in " + COLUMNS[fromColumn]));
        dropCard(card, to);
        return lastMove;
    }

    private void dropCard(Node card, int to) throws IOException, InterruptedException {
        List<Node> columns = columns();
        String key = client.tree.attribute(card, "data-kanban-card");
        String name = cardName(card);
        int from = columns.indexOf(columnOf(card));
        diagnosed = new Move(key, name, from, to);
        Node board = board();
        send(client.event(board, "dragstart", browserValues(card, false)));
        send(client.event(columns.get(to), "drop", Map.of("event.dataTransfer.effectAllowed", "move")));
        send(client.event(board, "dragend", Map.of()));
        // The card follows the account's next open activity: the moved one, or an earlier one the
        // account also has (then it stays between its column and the target). A column shows its
        // first page only, so a card sorted after it is counted, not shown.
        Optional<Node> now = cardByKey(key);
        int column = now.map(n -> columns().indexOf(columnOf(n))).orElse(-1);
        moves.computeIfAbsent(key, k -> new ArrayList<>())
                .add(COLUMNS[from] + "→" + COLUMNS[to] + " shown in " + (column < 0 ? "none" : COLUMNS[column]));
        if (now.isPresent() && (column < Math.min(from, to) || column > Math.max(from, to))) {
            throw new Failure("the card moved to " + COLUMNS[from] + " → " + COLUMNS[to] + " is in " + COLUMNS[column]);
        }
        if (now.isEmpty() && !full(columns().get(to))) {
            throw new Failure("the card moved to " + COLUMNS[to] + " is on no column");
        }
        // The notice: "<activity type> with <account> moved to <new date>", with Undo.
        if (!notified(name, " moved to ")) {
            throw new Failure("no 'moved to' notice for " + name + " (" + String.join(" / ", openNotices()) + ")");
        }
        lastMove = new Move(key, name, from, to);
    }

    /** Undo in the notice of the last move: the card leaves the target column again. */
    void undo() throws IOException, InterruptedException {
        Move move = lastMove;
        lastMove = null;
        if (move == null) {
            throw new Failure("nothing to undo");
        }
        // The newest notice of this account (node ids only grow): an older one, of an earlier move of
        // the same card, is still open for a while, and its Undo is rightly refused (the activity
        // has changed since).
        Node notification = client.tree.findByTag("vaadin-notification").stream()
                .filter(n -> client.tree.text(n).contains(move.name()))
                .max(java.util.Comparator.comparingInt(n -> n.id))
                .orElseThrow(() -> new Failure("the notice of the move is gone"));
        Node undo = client.tree
                .subtree(notification)
                .filter(n -> "vaadin-button".equals(client.tree.tag(n))
                        && client.tree.text(n).equals("Undo"))
                .findFirst()
                .orElseThrow(() -> new Failure("no Undo button"));
        diagnosed = move;
        send(client.event(undo, "click", VaadinClient.MOUSE));
        Optional<Node> now = cardByKey(move.key());
        int column = now.map(n -> columns().indexOf(columnOf(n))).orElse(-1);
        moves.computeIfAbsent(move.key(), k -> new ArrayList<>())
                .add("undo shown in " + (column < 0 ? "none" : COLUMNS[column]));
        if (now.isPresent() && column != move.from()) {
            throw new Failure("after Undo the card is in " + COLUMNS[column] + ", not " + COLUMNS[move.from()] + " ("
                    + String.join(" / ", openNotices()) + ")");
        }
        if (now.isEmpty() && !full(columns().get(move.from()))) {
            throw new Failure("after Undo the card is on no column");
        }
    }

    /** Opens the deals list: its grid shows rows. */
    void openDeals() throws IOException, InterruptedException {
        Response response = timedNavigation("deals");
        view = "deals";
        Node grid = one(client.tree.findByTag("vaadin-grid"), "the deals grid");
        if (rows(response, grid.id).stream().mapToInt(r -> r.items().size()).sum() == 0) {
            throw new Failure("the deals grid showed no rows");
        }
    }

    /** Searches deals: every row shown matches. */
    void searchDeals() throws IOException, InterruptedException {
        Node grid = one(client.tree.findByTag("vaadin-grid"), "the deals grid");
        String term = termFromRows(null, grid);
        Node field = client.tree.findByTag("vaadin-text-field").stream()
                .filter(n -> client.tree.listeners(n).containsKey("input"))
                .findFirst()
                .orElseThrow(() -> new Failure("no search field on deals"));
        searchAndVerify(grid, field, term);
    }

    // ---- reading the screen

    private Node accountsGrid() {
        return one(client.tree.findByClass("contas-accounts"), "the accounts grid");
    }

    private Node board() {
        return one(client.tree.findByClass("kanban-board"), "the board");
    }

    private List<Node> columns() {
        return client.tree.findByClass("kanban-column");
    }

    private String columnTitle(Node column) {
        return client.tree
                .subtree(column)
                .filter(n -> client.tree.hasClass(n, "kanban-column-title"))
                .map(client.tree::text)
                .findFirst()
                .orElse("");
    }

    /** Whether a column shows fewer cards than it holds (a card sorted after its page is not shown). */
    private boolean full(Node column) {
        String count = client.tree
                .subtree(column)
                .filter(n -> client.tree.hasClass(n, "kanban-column-count"))
                .map(client.tree::text)
                .findFirst()
                .orElse("");
        Matcher m = COUNT.matcher(count);
        return m.find() && Long.parseLong(m.group(1)) < Long.parseLong(m.group(2));
    }

    private Node columnOf(Node card) {
        return client.tree
                .closest(card, n -> client.tree.hasClass(n, "kanban-column"))
                .orElseThrow(() -> new Failure("a card outside any column"));
    }

    private Optional<Node> cardByKey(String key) {
        return client.tree.find(n -> key.equals(client.tree.attribute(n, "data-kanban-card"))).stream()
                .findFirst();
    }

    private Node randomCard(List<Integer> fromColumns) {
        List<Node> columns = columns();
        List<Node> cards = new ArrayList<>();
        for (int i : fromColumns) {
            if (i < columns.size()) {
                client.tree
                        .subtree(columns.get(i))
                        .filter(n -> client.tree.attribute(n, "data-kanban-card") != null)
                        .forEach(cards::add);
            }
        }
        if (cards.isEmpty()) {
            throw new Failure("no card in columns " + fromColumns);
        }
        return cards.get(random.nextInt(cards.size()));
    }

    /** Whether the board shows a card this user may drag (its own or a free one). */
    boolean hasCardToDrag() {
        return myCard().isPresent();
    }

    /**
     * A random card this user has claimed, or a free one it claims now, in the columns that can be
     * dragged from (not No activity).
     */
    private Optional<Node> myCard() {
        List<Node> columns = columns();
        List<Node> candidates = new ArrayList<>();
        for (int i = 1; i < columns.size(); i++) {
            client.tree
                    .subtree(columns.get(i))
                    .filter(n -> {
                        String key = client.tree.attribute(n, "data-kanban-card");
                        return key != null && CLAIMS.getOrDefault(key, index) == index;
                    })
                    .forEach(candidates::add);
        }
        java.util.Collections.shuffle(candidates, random);
        for (Node card : candidates) {
            Integer owner = CLAIMS.putIfAbsent(client.tree.attribute(card, "data-kanban-card"), index);
            if (owner == null || owner == index) {
                return Optional.of(card);
            }
        }
        return Optional.empty();
    }

    private String cardName(Node card) {
        return client.tree
                .subtree(card)
                .filter(n -> client.tree.hasClass(n, "account-card-name"))
                .map(client.tree::text)
                .findFirst()
                .orElseThrow(() -> new Failure("a card without a name"));
    }

    /**
     * What the browser evaluates for the board's listeners when the event happens on {@code card}:
     * the card's key from its {@code data-kanban-card} attribute, whether the target is in a card or
     * on its Move button, and the drag data call (its value unused).
     */
    private Map<String, Object> browserValues(Node card, boolean onMove) {
        String key = client.tree.attribute(card, "data-kanban-card");
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> listener :
                client.tree.listeners(board()).entrySet()) {
            listener.getValue().fieldNames().forEachRemaining(expression -> {
                if (expression.contains("dataset.kanbanCard") && expression.endsWith("!= null")) {
                    values.put(expression, true);
                } else if (expression.contains("dataset.kanbanCard")) {
                    values.put(expression, key);
                } else if (expression.contains(".kanban-move")) {
                    values.put(expression, onMove);
                } else if (expression.contains("dataset.kanbanAction")) {
                    values.put(expression, null); // not on a card's own button (Done)
                } else if (expression.contains("setData(")) {
                    values.put(expression, null);
                } else if (expression.contains("event.key === 'Enter'")) {
                    values.put(expression, false);
                }
            });
        }
        return values;
    }

    /** The last open notification's text (its components' text, or its {@code text} property), for failure reasons. */
    private String screenMessage() {
        return client.tree.findByTag("vaadin-notification").stream()
                .filter(n -> client.tree.property(n, "opened") != null
                        && client.tree.property(n, "opened").asBoolean())
                .map(n -> {
                    String text = client.tree.text(n);
                    return text.isBlank() ? textProperty(n, "text") : text;
                })
                .reduce((a, b) -> b)
                .orElse("no notification");
    }

    /** The texts of every notice open on screen, newest first (for a failure's message). */
    private List<String> openNotices() {
        List<String> texts = new ArrayList<>(client.tree.findByTag("vaadin-notification").stream()
                .filter(n -> client.tree.property(n, "opened") != null
                        && client.tree.property(n, "opened").asBoolean())
                .sorted(java.util.Comparator.comparingInt((Node n) -> n.id).reversed())
                .map(n -> {
                    String text = client.tree.text(n);
                    return text.isBlank() ? textProperty(n, "text") : text;
                })
                .toList());
        return texts;
    }

    private boolean notified(String name, String text) {
        return client.tree.findByTag("vaadin-notification").stream()
                .map(client.tree::text)
                .anyMatch(t -> t.contains(" with " + name + text) && t.endsWith("Undo"));
    }

    private void verifyDrawer(String name) {
        String title = client.tree.findByClass("contas-drawer-title").stream()
                .map(client.tree::text)
                .findFirst()
                .orElseThrow(() -> new Failure("no drawer opened (" + screenMessage() + ")"));
        if (!title.equals(name)) {
            throw new Failure("the drawer shows '" + title + "', not '" + name + "'");
        }
    }

    private Node field(String accessibleName) {
        return client.tree.findByTag("vaadin-text-field").stream()
                .filter(n -> textProperty(n, "accessibleName").equals(accessibleName))
                .findFirst()
                .orElseThrow(() -> new Failure("no field " + accessibleName));
    }

    private String textProperty(Node node, String name) {
        JsonNode value = client.tree.property(node, name);
        return value == null ? "" : value.asText();
    }

    private void verifySearch(Node grid, String term) {
        List<JsonNode> items = heldRows(grid.id);
        if (items.isEmpty()) {
            throw new Failure("a search for '" + term + "' (found in a row) showed no rows");
        }
        String folded = fold(term);
        for (JsonNode item : items) {
            StringBuilder all = new StringBuilder();
            item.fields()
                    .forEachRemaining(e -> all.append(e.getValue().asText()).append(' '));
            if (!fold(all.toString()).contains(folded)) {
                throw new Failure("a search for '" + term + "' showed a row without it: "
                        + VaadinClient.abbreviate(item.toString()));
            }
        }
    }

    /** A search term taken from a row the grid showed: part of a word of one of its values. */
    private String termFromRows(String field, Node grid) {
        List<JsonNode> rows = heldRows(grid.id);
        if (rows.isEmpty()) {
            throw new Failure("no rows to take a search term from");
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonNode row = rows.get(random.nextInt(rows.size()));
            String text = field != null ? value(row, field) : firstLongText(row);
            for (String word : text.split("[^\\p{L}]+")) {
                if (word.length() >= 4) {
                    int length = 3 + random.nextInt(Math.min(3, word.length() - 2));
                    return word.substring(0, length);
                }
            }
        }
        throw new Failure("no word to search for in the rows");
    }

    private static String firstLongText(JsonNode row) {
        var it = row.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (!e.getKey().equals("key")
                    && e.getValue().isTextual()
                    && e.getValue().asText().matches(".*\\p{L}{4,}.*")) {
                return e.getValue().asText();
            }
        }
        return "";
    }

    private JsonNode anyRow(int grid) {
        List<JsonNode> rows = heldRows(grid);
        if (rows.isEmpty()) {
            throw new Failure("the grid has no rows to click");
        }
        return rows.get(random.nextInt(rows.size()));
    }

    /** A value of a row by the end of its key ({@code lr_..._name} for renderer values). */
    private static String value(JsonNode row, String suffix) {
        var it = row.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().equals(suffix) || e.getKey().endsWith("_" + suffix)) {
                return e.getValue().asText();
            }
        }
        throw new Failure("a row without " + suffix + ": " + VaadinClient.abbreviate(row.toString()));
    }

    /** The rows each grid holds now, by index, as the grid connector keeps them. */
    private final Map<Integer, java.util.TreeMap<Integer, JsonNode>> held = new HashMap<>();

    /**
     * Applies what the answer did to a grid's rows ({@code updateSize}, {@code clear}, {@code set},
     * {@code reset}) and returns the rows it sent.
     */
    private List<GridRows> rows(Response response, int grid) {
        List<GridRows> result = new ArrayList<>();
        java.util.TreeMap<Integer, JsonNode> rows = held.computeIfAbsent(grid, g -> new java.util.TreeMap<>());
        for (JsonNode execute : response.executes()) {
            String script = execute.get(execute.size() - 1).asText();
            if (nodeParam(execute.get(0)) != grid) {
                continue;
            }
            if (script.contains("$connector.set(") && execute.size() >= 4) {
                JsonNode items = execute.get(2);
                if (items.isArray() && items.size() == 2 && items.get(0).asInt() == 1) {
                    items = items.get(1);
                }
                List<JsonNode> list = new ArrayList<>();
                items.forEach(list::add);
                int index = execute.get(1).asInt();
                for (int i = 0; i < list.size(); i++) {
                    rows.put(index + i, list.get(i));
                }
                result.add(new GridRows(grid, index, list));
            } else if (script.contains("$connector.clear(") && execute.size() >= 4) {
                int index = execute.get(1).asInt();
                int count = execute.get(2).asInt();
                rows.subMap(index, index + count).clear();
            } else if (script.contains("$connector.updateSize(") && execute.size() >= 3) {
                rows.tailMap(execute.get(1).asInt()).clear();
            } else if (script.contains("$connector.reset(")) {
                rows.clear();
            }
        }
        return result;
    }

    private List<JsonNode> heldRows(int grid) {
        return new ArrayList<>(
                held.getOrDefault(grid, new java.util.TreeMap<>()).values());
    }

    private static int nodeParam(JsonNode param) {
        return param.isArray() && param.size() == 2 && param.get(0).asInt() == 0
                ? param.get(1).asInt()
                : -1;
    }

    private static Node one(List<Node> nodes, String what) {
        if (nodes.isEmpty()) {
            throw new Failure(what + " is not on the screen");
        }
        return nodes.get(0);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        client.close();
    }
}
