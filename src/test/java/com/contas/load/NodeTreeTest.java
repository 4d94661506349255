package com.contas.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.load.NodeTree.Node;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The load generator's copy of a UI's state tree follows the server's changes as the browser's engine does. */
class NodeTreeTest {

    private final ObjectMapper json = new ObjectMapper();
    private final NodeTree tree = new NodeTree();

    private void apply(String message) throws Exception {
        tree.apply(json.readTree(message.replace('\'', '"')));
    }

    @Test
    void attached_elements_are_found_by_class_and_attribute_and_read_as_text() throws Exception {
        apply("{'constants':{'k1':{'event.detail':false,'1':true}},'changes':["
                + "{'node':1,'type':'put','key':'tag','feat':0,'value':'body'},"
                + "{'node':2,'type':'attach'},{'node':2,'type':'put','key':'tag','feat':0,'value':'div'},"
                + "{'node':2,'type':'splice','feat':11,'index':0,'add':['kanban-card']},"
                + "{'node':2,'type':'put','key':'data-kanban-card','feat':3,'value':'41'},"
                + "{'node':2,'type':'put','key':'click','feat':4,'value':'k1'},"
                + "{'node':3,'type':'attach'},{'node':3,'type':'put','key':'text','feat':7,'value':'Acme'},"
                + "{'node':2,'type':'splice','feat':2,'index':0,'addNodes':[3]},"
                + "{'node':1,'type':'splice','feat':2,'index':0,'addNodes':[2]}]}");

        Node card = tree.findByClass("kanban-card").get(0);
        assertThat(tree.attribute(card, "data-kanban-card")).isEqualTo("41");
        assertThat(tree.text(card)).isEqualTo("Acme");
        assertThat(tree.listeners(card).get("click").has("event.detail")).isTrue();
    }

    @Test
    void a_removed_child_and_a_detached_node_are_no_longer_found() throws Exception {
        apply("{'changes':[{'node':1,'type':'put','key':'tag','feat':0,'value':'body'},"
                + "{'node':2,'type':'attach'},{'node':2,'type':'put','key':'tag','feat':0,'value':'span'},"
                + "{'node':3,'type':'attach'},{'node':3,'type':'put','key':'tag','feat':0,'value':'span'},"
                + "{'node':1,'type':'splice','feat':2,'index':0,'addNodes':[2,3]}]}");
        assertThat(tree.findByTag("span")).hasSize(2);

        apply("{'changes':[{'node':1,'type':'splice','feat':2,'index':0,'remove':1},{'node':3,'type':'detach'}]}");

        assertThat(tree.findByTag("span")).isEmpty();
        assertThat(tree.get(2)).isPresent();
        assertThat(tree.attached(tree.get(2).orElseThrow())).isFalse();
    }
}
