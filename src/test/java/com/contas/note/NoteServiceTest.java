package com.contas.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.common.StaleVersionException;
import com.contas.link.Links;
import com.contas.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NoteServiceTest extends ServiceTestBase {

    @Autowired
    NoteService notes;

    @Test
    void a_note_keeps_its_line_breaks_and_markup_as_plain_text() {
        long org = organization("Acme").id();
        NoteDetails note = notes.add("Line one\n<script>alert(1)</script>", new Links(org, null, null));

        assertThat(notes.get(note.id()).body()).isEqualTo("Line one\n<script>alert(1)</script>");
        assertThat(note.authorId()).isEqualTo(me);
    }

    @Test
    void a_note_about_a_deal_is_shown_on_the_deals_organization() {
        long org = organization("Acme").id();
        long deal = deal(org, "10", "BRL").id();

        assertThat(notes.add("Call back", new Links(null, null, deal)).organizationId())
                .isEqualTo(org);
    }

    @Test
    void a_blank_note_and_a_20000_character_note_are_refused_and_nothing_is_written() {
        Links org = new Links(organization("Acme").id(), null, null);
        assertRefusedWithoutWrites("body", () -> notes.add(" \n ", org));
        assertRefusedWithoutWrites("body", () -> notes.add("x".repeat(20_000), org));
    }

    @Test
    void a_note_about_nothing_is_refused() {
        assertRefusedWithoutWrites("organizationId", () -> notes.add("Hello", new Links(null, null, null)));
    }

    @Test
    void pinning_from_a_stale_version_is_refused() {
        NoteDetails note = notes.add("Hello", new Links(organization("Acme").id(), null, null));
        NoteDetails pinned = notes.setPinned(note.id(), note.version(), true);
        assertThat(pinned.pinned()).isTrue();

        assertThatThrownBy(() -> notes.edit(note.id(), note.version(), "Changed"))
                .isInstanceOf(StaleVersionException.class);
        assertThat(notes.get(note.id()).body()).isEqualTo("Hello");
    }
}
