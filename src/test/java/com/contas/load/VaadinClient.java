package com.contas.load;

import com.contas.load.NodeTree.Node;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser tab speaking Vaadin Flow 24.9's client-server protocol, as its JavaScript engine does:
 * a cookie jar of its own, the login form's POST with Spring Security's CSRF token, the bootstrap
 * ({@code GET ?v-r=init&location=...}), then UIDL requests ({@code POST ?v-r=uidl&v-uiId=N} with
 * {@code csrfToken}, {@code rpc}, {@code syncId}, {@code clientId}; answers prefixed
 * {@code for(;;);}), applied in {@code syncId} order to a {@link NodeTree}. Push (optional): a
 * WebSocket to {@code /VAADIN/push} with Atmosphere's query parameters, as the app's
 * {@code WEBSOCKET_XHR} transport uses it: the server's own changes arrive there, the client's
 * messages still go by XHR ({@code alwaysXhrToServer}).
 *
 * <p>One virtual user's thread drives it; push messages are queued by the WebSocket's thread and
 * applied by that thread, in syncId order.
 */
final class VaadinClient implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final boolean DEBUG = Boolean.getBoolean("contas.load.debug");
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf[a-z_]*)\" content=\"([^\"]*)\"");
    /** The data a browser sends with a mouse event (Vaadin's ClickEvent asks for these). */
    static final Map<String, Object> MOUSE = Map.ofEntries(
            Map.entry("event.screenX", 400),
            Map.entry("event.screenY", 300),
            Map.entry("event.clientX", 400),
            Map.entry("event.clientY", 300),
            Map.entry("event.detail", 1),
            Map.entry("event.button", 0),
            Map.entry("event.ctrlKey", false),
            Map.entry("event.shiftKey", false),
            Map.entry("event.altKey", false),
            Map.entry("event.metaKey", false));

    /** A protocol-level failure: what the browser engine would treat as an error (resync, reload). */
    static final class ProtocolException extends RuntimeException {
        ProtocolException(String message) {
            super(message);
        }
    }

    /** The answer to one request: the messages it brought and how long it took. */
    record Response(List<JsonNode> messages, long nanos) {

        /** Every JavaScript call the server asked for: its parameters, then its script. */
        List<JsonNode> executes() {
            List<JsonNode> result = new ArrayList<>();
            for (JsonNode m : messages) {
                JsonNode execute = m.get("execute");
                if (execute != null) {
                    execute.forEach(result::add);
                }
            }
            return result;
        }
    }

    private final URI base;
    private final HttpClient http;
    /** This tab's own cookie jar (the HTTP client is shared by all virtual users). */
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

    private final Duration timeout;
    final NodeTree tree = new NodeTree();
    private int uiId = -1;
    private String securityKey;
    private String pushId;
    private int clientId;
    private int lastSyncId = -1;
    private final TreeMap<Integer, JsonNode> pending = new TreeMap<>();
    /** Messages applied since the last {@link #drainPushed()}, that arrived by push. */
    /**
     * The last push messages applied (for the sessions mode, which waits for one), at most
     * {@value #PUSHED_KEPT}: a user of a long soak hears thousands of colleagues' changes, and
     * keeping them all ran the generator out of heap after 25 minutes.
     */
    private final java.util.ArrayDeque<JsonNode> pushed = new java.util.ArrayDeque<>();

    private static final int PUSHED_KEPT = 64;
    /** Push messages as they arrive, before the virtual user's thread applies them. */
    private final java.util.concurrent.ConcurrentLinkedQueue<JsonNode> pushQueue =
            new java.util.concurrent.ConcurrentLinkedQueue<>();

    private WebSocket push;
    private volatile String pushFailure;
    private long lastHeartbeat = System.nanoTime();
    private boolean resyncNeeded;
    private int resyncs;

    VaadinClient(HttpClient http, URI base, Duration timeout) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.timeout = timeout;
        this.http = http;
    }

    /** One HTTP client for many virtual users: HTTP/1.1 as browsers speak it to this server, no redirects followed. */
    static HttpClient sharedHttp(Duration timeout) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** Sends with this tab's cookies and keeps the ones the answer sets. */
    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpRequest built = request.build();
        HttpResponse<T> response = http.send(built, handler);
        cookies.put(built.uri(), response.headers().map());
        return response;
    }

    /**
     * Signs in through the login page's form: Spring Security's form login at {@code POST /login}
     * with the CSRF token the page carries in its {@code _csrf} meta tags (the login web component
     * adds it to the form it submits). Success is Spring's redirect away from the login page.
     */
    void signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = exchange(get("login"), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new ProtocolException("login page answered " + page.statusCode());
        }
        Map<String, String> meta = new LinkedHashMap<>();
        Matcher m = META.matcher(page.body());
        while (m.find()) {
            meta.put(m.group(1), m.group(2));
        }
        String parameter = meta.get("_csrf_parameter");
        String token = meta.get("_csrf");
        if (parameter == null || token == null) {
            throw new ProtocolException("the login page has no CSRF token");
        }
        String form =
                "username=" + enc(username) + "&password=" + enc(password) + "&" + enc(parameter) + "=" + enc(token);
        HttpResponse<String> answer = exchange(
                HttpRequest.newBuilder(base.resolve("login"))
                        .timeout(timeout)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)),
                HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("login")) {
            throw new ProtocolException("sign-in refused: " + answer.statusCode() + " to " + location);
        }
    }

    /**
     * Loads a page as a browser's address bar does: the page itself, the bootstrap request that
     * creates the UI, then the router's {@code ui-navigate} event that renders the route.
     */
    Response openPage(String route, String query) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> page =
                exchange(get(route + (query.isEmpty() ? "" : "?" + query)), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || !page.body().contains("<html")) {
            throw new ProtocolException("GET /" + route + " answered " + page.statusCode());
        }
        String init = "?v-r=init&location=" + enc(route) + "&query=" + enc(query)
                + "&v-sw=1920&v-sh=1080&v-wn=contas-load&v-cw=1920&v-ch=960&v-tzo=0&v-rtzo=0&v-dstd=0&v-dston=false"
                + "&v-tzid=UTC&v-curdate=" + System.currentTimeMillis() + "&v-td=false&v-pr=1&v-np=Linux";
        HttpResponse<String> answer = exchange(get(init), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new ProtocolException("init answered " + answer.statusCode());
        }
        JsonNode json = JSON.readTree(answer.body());
        JsonNode config = json.get("appConfig");
        if (config == null || !config.has("uidl")) {
            throw new ProtocolException("init without a UI: " + abbreviate(answer.body()));
        }
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        securityKey = uidl.get("Vaadin-Security-Key").asText();
        pushId = uidl.has("Vaadin-Push-ID") ? uidl.get("Vaadin-Push-ID").asText() : null;
        // A new UI: its own tree, message counters and push connection.
        if (push != null) {
            push.abort();
            push = null;
        }
        pushQueue.clear();
        pushed.clear();
        tree.clear();
        resyncNeeded = false;
        clientId = 0;
        lastSyncId = -1;
        pending.clear();
        receive(uidl, false);
        Response navigation = navigate(route, query, "");
        List<JsonNode> all = new ArrayList<>();
        all.add(uidl);
        all.addAll(navigation.messages());
        return new Response(all, System.nanoTime() - start);
    }

    /** A navigation inside the open UI, as the client-side router reports it ({@code ui-navigate}). */
    Response navigate(String route, String query, String trigger) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", query);
        data.put("appShellTitle", "");
        ObjectNode state = data.putObject("historyState");
        state.put("idx", clientId);
        data.put("trigger", trigger);
        return send(List.of(eventRpc(1, "ui-navigate", data)));
    }

    int uiId() {
        return uiId;
    }

    // ---- RPCs

    static ObjectNode eventRpc(int node, String event, ObjectNode data) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode mSync(int node, String property, Object value) {
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", NodeTree.PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    /** A call of a {@code @ClientCallable} ({@code element.$server.method(args)}). */
    ObjectNode call(Node node, String method, Object... args) {
        if (!tree.clientCallables(node).contains(method)) {
            throw new ProtocolException("node " + node.id + " (" + tree.tag(node) + ") publishes no " + method + " but "
                    + tree.clientCallables(node));
        }
        ObjectNode rpc = JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node.id);
        rpc.put("templateEventMethodName", method);
        ArrayNode array = rpc.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            array.add(JSON.valueToTree(arg));
        }
        rpc.put("promise", 0);
        return rpc;
    }

    /**
     * The RPCs a browser sends for a DOM event the server listens to on the node: a property sync
     * for every {@code }property} expression, then the event with a value for every other expression
     * the server registered. Values come from {@code values} (what the browser would evaluate);
     * the always-true filter is true. An expression without a value is an error, not a guess.
     */
    List<ObjectNode> event(Node node, String type, Map<String, Object> values) {
        JsonNode settings = tree.listeners(node).get(type);
        if (settings == null) {
            throw new ProtocolException("node " + node.id + " (" + tree.tag(node) + ") does not listen to " + type
                    + " but to " + tree.listeners(node).keySet());
        }
        List<ObjectNode> rpcs = new ArrayList<>();
        ObjectNode data = JSON.createObjectNode();
        boolean trailing = false;
        for (var it = settings.fields(); it.hasNext(); ) {
            var entry = it.next();
            String expression = entry.getKey();
            JsonNode setting = entry.getValue();
            if (setting.isArray()) {
                for (JsonNode timeout : setting) {
                    if (timeout.get(0).asInt() > 0) {
                        trailing = true;
                    }
                }
            }
            if (expression.startsWith("}")) {
                String property = expression.substring(1);
                if (!values.containsKey(expression)) {
                    throw new ProtocolException(
                            type + " on " + tree.tag(node) + " synchronizes " + property + ": no value given");
                }
                rpcs.add(mSync(node.id, property, values.get(expression)));
            } else if (values.containsKey(expression)) {
                data.set(expression, JSON.valueToTree(values.get(expression)));
            } else if ("1".equals(expression)) {
                data.put(expression, true);
            } else {
                throw new ProtocolException(
                        type + " on " + tree.tag(node) + " asks for " + expression + ": no value given");
            }
        }
        if (trailing) {
            data.put("for", "trailing");
        }
        rpcs.add(eventRpc(node.id, type, data));
        return rpcs;
    }

    // ---- transport

    /** Sends one UIDL request and applies its answer (and any push message before it). */
    Response send(List<ObjectNode> rpcs) throws IOException, InterruptedException {
        if (resyncNeeded) {
            resynchronize();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        ArrayNode rpc = body.putArray("rpc");
        rpcs.forEach(rpc::add);
        applyPushed();
        body.put("syncId", lastSyncId);
        body.put("clientId", clientId++);
        long start = System.nanoTime();
        try {
            List<JsonNode> messages = post(body);
            int highest = -1;
            for (JsonNode message : messages) {
                check(message);
                highest = Math.max(highest, receive(message, false));
            }
            awaitApplied(highest);
            return new Response(messages, System.nanoTime() - start);
        } catch (IOException | ProtocolException e) {
            // The browser's engine resynchronizes after a lost answer or a message that never comes.
            resyncNeeded = true;
            throw e;
        }
    }

    private List<JsonNode> post(ObjectNode body) throws IOException, InterruptedException {
        HttpResponse<String> answer = exchange(
                HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                        .timeout(timeout)
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new ProtocolException("UIDL answered HTTP " + answer.statusCode() + ": " + abbreviate(answer.body()));
        }
        if (DEBUG) {
            System.out.println(">> " + abbreviate(body.toString()) + "\n<< " + abbreviate(answer.body()));
        }
        return parseUidl(answer.body());
    }

    /**
     * What the browser's engine does when it has lost track: asks for the whole state again
     * ({@code resynchronize}, no message id) and rebuilds its tree from the answer; the answer says
     * which message id the server expects next.
     */
    private void resynchronize() throws IOException, InterruptedException {
        resyncs++;
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", securityKey);
        body.putArray("rpc");
        body.put("syncId", lastSyncId);
        body.put("resynchronize", true);
        List<JsonNode> messages = post(body);
        JsonNode full = messages.get(messages.size() - 1);
        if (!full.has("resynchronize") || !full.has("syncId")) {
            throw new ProtocolException("resynchronization refused: " + abbreviate(full.toString()));
        }
        applyPushed();
        tree.clear();
        pending.clear();
        pushed.clear();
        lastSyncId = -1;
        receive(full, false);
        clientId = full.get("clientId").asInt();
        resyncNeeded = false;
    }

    /** Rebuilds the tree from the server's whole state now (a diagnosis). */
    void resynchronizeNow() throws IOException, InterruptedException {
        resynchronize();
    }

    /** How many times this tab had to resynchronize (each after a failed action). */
    int resyncs() {
        return resyncs;
    }

    /**
     * Every five minutes (the app's heartbeatInterval), as the browser does, so that the UI lives
     * on, however many UIDL requests were sent meanwhile: only a heartbeat counts
     * (`HeartbeatHandler`), and after three missed ones the server closes the UI. (The generator
     * once counted every UIDL answer as a heartbeat; in the first 30-minute soak every session
     * "expired" after 15 minutes of steady use.)
     */
    void heartbeatIfDue() throws IOException, InterruptedException {
        if (System.nanoTime() - lastHeartbeat < TimeUnit.SECONDS.toNanos(300)) {
            return;
        }
        HttpResponse<String> answer = exchange(
                HttpRequest.newBuilder(base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                        .timeout(timeout)
                        .POST(HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new ProtocolException("heartbeat answered " + answer.statusCode());
        }
        lastHeartbeat = System.nanoTime();
    }

    private static List<JsonNode> parseUidl(String text) throws IOException {
        String body = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        JsonNode json = JSON.readTree(body);
        List<JsonNode> result = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(result::add);
        } else {
            result.add(json);
        }
        return result;
    }

    private static void check(JsonNode message) {
        if (message.has("resynchronize") && message.get("resynchronize").asBoolean()) {
            throw new ProtocolException("the server resynchronized the UI");
        }
        JsonNode meta = message.get("meta");
        if (meta != null) {
            if (meta.has("sessionExpired")) {
                throw new ProtocolException("session expired");
            }
            if (meta.has("appError")) {
                throw new ProtocolException(
                        "application error: " + abbreviate(meta.get("appError").toString()));
            }
        }
        if (!message.has("syncId")) {
            throw new ProtocolException("a message without syncId: " + abbreviate(message.toString()));
        }
    }

    /**
     * Applies messages in syncId order, holding any that arrive early; returns the message's syncId.
     * Only the virtual user's thread applies messages (push messages wait in a queue), so that the
     * tree never changes while it reads it.
     */
    private int receive(JsonNode message, boolean viaPush) {
        int syncId = message.has("syncId") ? message.get("syncId").asInt() : -1;
        if (syncId <= lastSyncId) {
            return syncId;
        }
        pending.put(syncId, message);
        while (!pending.isEmpty() && (lastSyncId == -1 || pending.firstKey() == lastSyncId + 1)) {
            var first = pending.pollFirstEntry();
            tree.apply(first.getValue());
            lastSyncId = first.getKey();
            if (viaPush) {
                pushed.addLast(first.getValue());
                if (pushed.size() > PUSHED_KEPT) {
                    pushed.removeFirst();
                }
            }
        }
        return syncId;
    }

    /** Applies the push messages that arrived since the last call (the virtual user's thread only). */
    void applyPushed() {
        JsonNode message;
        while ((message = pushQueue.poll()) != null) {
            receive(message, true);
        }
    }

    private void awaitApplied(int syncId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            applyPushed();
            if (lastSyncId >= syncId) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new ProtocolException(
                        "message " + (lastSyncId + 1) + " never arrived (have " + pending.keySet() + ")");
            }
            synchronized (pushQueue) {
                if (pushQueue.isEmpty()) {
                    pushQueue.wait(20);
                }
            }
        }
    }

    /** Waits until a push message has been applied, or the time is up. */
    boolean awaitPush(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            applyPushed();
            if (!pushed.isEmpty()) {
                return true;
            }
            synchronized (pushQueue) {
                if (pushQueue.isEmpty()) {
                    pushQueue.wait(20);
                }
            }
        }
        return false;
    }

    List<JsonNode> drainPushed() {
        List<JsonNode> result = new ArrayList<>(pushed);
        pushed.clear();
        return result;
    }

    // ---- push

    /**
     * Opens the push WebSocket as Vaadin's client does (Atmosphere protocol, message lengths
     * tracked) and returns once the server has accepted it and sent Atmosphere's handshake.
     */
    void connectPush() throws InterruptedException {
        if (pushId == null) {
            throw new ProtocolException("the app has no push");
        }
        String ws = base.toString().replaceFirst("^http", "ws") + "VAADIN/push?v-r=push&v-uiId=" + uiId
                + "&v-pushId=" + enc(pushId) + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + enc("application/json; charset=UTF-8") + "&X-atmo-protocol=true";
        String cookie = cookieHeader();
        CompletableFuture<Void> handshake = new CompletableFuture<>();
        try {
            push = http.newWebSocketBuilder()
                    .header("Cookie", cookie)
                    .connectTimeout(timeout)
                    .buildAsync(URI.create(ws), new PushListener(handshake))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            handshake.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new ProtocolException("push did not connect: " + e);
        }
    }

    boolean pushConnected() {
        return push != null && !push.isInputClosed();
    }

    /** What broke the push connection since the last call, if anything (reported once). */
    String takePushFailure() {
        String failure = pushFailure;
        pushFailure = null;
        return failure;
    }

    private String cookieHeader() {
        StringBuilder sb = new StringBuilder();
        for (HttpCookie c : cookies.getCookieStore().getCookies()) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(c.getName()).append('=').append(c.getValue());
        }
        return sb.toString();
    }

    private final class PushListener implements WebSocket.Listener {
        private final CompletableFuture<Void> handshake;
        private final StringBuilder buffer = new StringBuilder();

        PushListener(CompletableFuture<Void> handshake) {
            this.handshake = handshake;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            // Atmosphere's TrackMessageSize framing: "<length>|<message>", possibly several per frame.
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length;
                try {
                    length = Integer.parseInt(buffer.substring(0, bar).trim());
                } catch (NumberFormatException e) {
                    pushFailure = "unframed push data: " + abbreviate(buffer.toString());
                    buffer.setLength(0);
                    break;
                }
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                String message = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                handle(message);
            }
            webSocket.request(1);
            return null;
        }

        private void handle(String message) {
            if (message.startsWith("for(;;);")) {
                try {
                    for (JsonNode m : parseUidl(message)) {
                        check(m);
                        pushQueue.add(m);
                    }
                    synchronized (pushQueue) {
                        pushQueue.notifyAll();
                    }
                } catch (IOException | RuntimeException e) {
                    pushFailure = "push message: " + e.getMessage();
                }
            } else if (!handshake.isDone()) {
                // The Atmosphere handshake: "<uuid>|<heartbeat interval>|X|"
                handshake.complete(null);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (pushFailure == null && statusCode != WebSocket.NORMAL_CLOSURE) {
                pushFailure = "push closed " + statusCode + " " + reason;
            }
            handshake.completeExceptionally(new IOException("closed " + statusCode));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pushFailure = "push error: " + error;
            handshake.completeExceptionally(error);
        }
    }

    /** Closes the tab: the browser's unload beacon (the server closes the UI), then the WebSocket. */
    @Override
    public void close() {
        try {
            if (uiId >= 0 && securityKey != null) {
                ObjectNode body = JSON.createObjectNode();
                body.put("csrfToken", securityKey);
                body.putArray("rpc");
                body.put("syncId", lastSyncId);
                body.put("clientId", clientId++);
                body.put("UNLOAD", true);
                exchange(
                        HttpRequest.newBuilder(base.resolve("?v-r=uidl&v-uiId=" + uiId))
                                .timeout(timeout)
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException | RuntimeException e) {
            // Closing is best effort, as a browser's beacon is.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (push != null) {
            push.abort();
        }
    }

    private HttpRequest.Builder get(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(timeout)
                .GET();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abbreviate(String s) {
        int max = DEBUG ? 3000 : 300;
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }
}
