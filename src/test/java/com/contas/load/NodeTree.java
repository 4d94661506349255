package com.contas.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The client's copy of a UI's state tree, built from the {@code changes} of the server's UIDL
 * messages as Flow's browser engine builds it: nodes by id, each with map features (element data,
 * properties, attributes, listeners, text) and list features (children, class list, virtual
 * children, published server methods). Only what a load generator needs to find node ids and read
 * what the user would see; nothing is rendered.
 */
final class NodeTree {

    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT_NODE = 7;
    static final int CLASS_LIST = 11;
    static final int CLIENT_DELEGATE_HANDLERS = 19;
    static final int VIRTUAL_CHILDREN = 24;

    /** A value that is a node (a {@code nodeValue} or an added child). */
    record NodeRef(int id) {}

    static final class Node {
        final int id;
        Node parent;
        final Map<Integer, Map<String, Object>> maps = new HashMap<>();
        final Map<Integer, List<Object>> lists = new HashMap<>();

        Node(int id) {
            this.id = id;
        }

        Map<String, Object> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new LinkedHashMap<>());
        }

        List<Object> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        @Override
        public String toString() {
            return "node " + id;
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    /** Forgets everything: a new UI starts its own tree (its node ids start again at 1). */
    void clear() {
        nodes.clear();
        constants.clear();
    }

    /** Applies one UIDL message (its constants, then its changes in order). */
    void apply(JsonNode message) {
        JsonNode constantsJson = message.get("constants");
        if (constantsJson != null) {
            constantsJson.fields().forEachRemaining(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = message.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            applyChange(change);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.get("node").asInt();
        String type = change.get("type").asText();
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, Node::new);
            case "detach" -> {
                Node removed = nodes.remove(id);
                if (removed != null) {
                    removed.parent = null;
                }
            }
            case "put" -> {
                Node node = node(id);
                int feature = change.get("feat").asInt();
                String key = change.get("key").asText();
                if (change.has("nodeValue")) {
                    int child = change.get("nodeValue").asInt();
                    node.map(feature).put(key, new NodeRef(child));
                    Node childNode = nodes.get(child);
                    if (childNode != null) {
                        childNode.parent = node;
                    }
                } else {
                    node.map(feature).put(key, change.get("value"));
                }
            }
            case "remove" ->
                node(id).map(change.get("feat").asInt())
                        .remove(change.get("key").asText());
            case "splice" -> {
                Node node = node(id);
                List<Object> list = node.list(change.get("feat").asInt());
                int index = change.get("index").asInt();
                int remove = change.has("remove") ? change.get("remove").asInt() : 0;
                for (int i = 0; i < remove && index < list.size(); i++) {
                    Object gone = list.remove(index);
                    if (gone instanceof NodeRef ref
                            && nodes.get(ref.id()) != null
                            && nodes.get(ref.id()).parent == node) {
                        nodes.get(ref.id()).parent = null;
                    }
                }
                List<Object> added = new ArrayList<>();
                if (change.has("addNodes")) {
                    for (JsonNode n : change.get("addNodes")) {
                        added.add(new NodeRef(n.asInt()));
                        node(n.asInt()).parent = node;
                    }
                } else if (change.has("add")) {
                    change.get("add").forEach(added::add);
                }
                list.addAll(Math.min(index, list.size()), added);
            }
            case "clear" -> {
                List<Object> list = node(id).list(change.get("feat").asInt());
                list.forEach(o -> {
                    if (o instanceof NodeRef ref && nodes.get(ref.id()) != null) {
                        nodes.get(ref.id()).parent = null;
                    }
                });
                list.clear();
            }
            case "empty" -> {
                // A feature that exists but holds nothing yet.
                node(id);
            }
            default -> throw new IllegalStateException("unknown change type " + type + ": " + change);
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    Optional<Node> get(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    int size() {
        return nodes.size();
    }

    Collection<Node> all() {
        return nodes.values();
    }

    /** Whether the node hangs from the UI (node 1) through children, virtual children or node values. */
    boolean attached(Node node) {
        Node n = node;
        for (int depth = 0; n != null && depth < 500; depth++) {
            if (n.id == 1) {
                return true;
            }
            if (!nodes.containsKey(n.id)) {
                return false;
            }
            n = n.parent;
        }
        return false;
    }

    String tag(Node node) {
        Object tag = node.map(ELEMENT_DATA).get("tag");
        return tag instanceof JsonNode j ? j.asText() : null;
    }

    /** Whether the server has hidden the element ({@code setVisible(false)}: it then ignores its events). */
    boolean hidden(Node node) {
        Object visible = node.map(ELEMENT_DATA).get("visible");
        return visible instanceof JsonNode j && j.isBoolean() && !j.asBoolean();
    }

    String attribute(Node node, String name) {
        Object value = node.maps.getOrDefault(ATTRIBUTES, Map.of()).get(name);
        return value instanceof JsonNode j && !j.isNull() ? j.asText() : null;
    }

    JsonNode property(Node node, String name) {
        Object value = node.maps.getOrDefault(PROPERTIES, Map.of()).get(name);
        return value instanceof JsonNode j ? j : null;
    }

    boolean hasClass(Node node, String cls) {
        return node.lists.getOrDefault(CLASS_LIST, List.of()).stream()
                .anyMatch(o -> o instanceof JsonNode j && j.asText().equals(cls));
    }

    List<Node> children(Node node) {
        List<Node> result = new ArrayList<>();
        for (Object o : node.lists.getOrDefault(CHILDREN, List.of())) {
            if (o instanceof NodeRef ref && nodes.containsKey(ref.id())) {
                result.add(nodes.get(ref.id()));
            }
        }
        return result;
    }

    /** The node and everything under it through children, virtual children and node-valued properties. */
    Stream<Node> subtree(Node node) {
        List<Node> out = new ArrayList<>();
        collect(node, out, new java.util.HashSet<>());
        return out.stream();
    }

    private void collect(Node node, List<Node> out, java.util.Set<Integer> seen) {
        if (!seen.add(node.id)) {
            return;
        }
        out.add(node);
        for (int feature : new int[] {CHILDREN, VIRTUAL_CHILDREN}) {
            for (Object o : node.lists.getOrDefault(feature, List.of())) {
                if (o instanceof NodeRef ref && nodes.containsKey(ref.id())) {
                    collect(nodes.get(ref.id()), out, seen);
                }
            }
        }
    }

    /** Every attached element node matching the predicate, in tree order from the UI. */
    List<Node> find(Predicate<Node> predicate) {
        Node root = nodes.get(1);
        if (root == null) {
            return List.of();
        }
        return subtree(root).filter(predicate).toList();
    }

    List<Node> findByClass(String cls) {
        return find(n -> hasClass(n, cls));
    }

    List<Node> findByTag(String tag) {
        return find(n -> tag.equals(tag(n)));
    }

    /** The text a user would read in the element: its text nodes, depth first. */
    String text(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb, 0);
        return sb.toString();
    }

    private void appendText(Node node, StringBuilder sb, int depth) {
        if (depth > 500) {
            return;
        }
        Object text = node.maps.getOrDefault(TEXT_NODE, Map.of()).get("text");
        if (text instanceof JsonNode j) {
            sb.append(j.asText());
        }
        for (Node child : children(node)) {
            appendText(child, sb, depth + 1);
        }
    }

    /** The event types the server listens to on the node, each with its expressions and their settings. */
    Map<String, JsonNode> listeners(Node node) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        node.maps.getOrDefault(LISTENERS, Map.of()).forEach((type, value) -> {
            if (value instanceof JsonNode j) {
                JsonNode settings = j.isTextual() ? constants.get(j.asText()) : j;
                if (settings != null) {
                    result.put(type, settings);
                }
            }
        });
        return result;
    }

    /** The methods the browser may call on the node ({@code @ClientCallable}). */
    List<String> clientCallables(Node node) {
        return node.lists.getOrDefault(CLIENT_DELEGATE_HANDLERS, List.of()).stream()
                .filter(JsonNode.class::isInstance)
                .map(o -> ((JsonNode) o).asText())
                .toList();
    }

    /** Nearest ancestor (or the node itself) matching the predicate. */
    Optional<Node> closest(Node node, Predicate<Node> predicate) {
        Node n = node;
        for (int depth = 0; n != null && depth < 500; depth++) {
            if (predicate.test(n)) {
                return Optional.of(n);
            }
            n = n.parent;
        }
        return Optional.empty();
    }

    boolean isUnder(Node node, Node ancestor) {
        return closest(node, n -> n == ancestor).isPresent();
    }
}
