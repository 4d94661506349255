package com.contas.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.contas.common.StaleVersionException;
import com.contas.history.ChangeEntry;
import com.contas.history.HistoryService;
import com.contas.link.Links;
import com.contas.security.DemoUser;
import com.contas.testsupport.ServiceTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

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

    @Test
    void only_the_author_or_an_admin_edits_or_deletes_a_note_and_pinning_is_for_everybody() {
        NoteDetails note = notes.add("Mine", new Links(organization("Acme").id(), null, null));

        data.signIn(DemoUser.SALES_1);
        assertThatThrownBy(() -> notes.edit(note.id(), note.version(), "Rewritten"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notes.delete(note.id(), note.version())).isInstanceOf(AccessDeniedException.class);
        NoteDetails pinned = notes.setPinned(note.id(), note.version(), true);
        assertThat(notes.get(note.id()).body()).isEqualTo("Mine");

        data.signIn(DemoUser.ADMIN);
        NoteDetails byAdmin = notes.edit(note.id(), pinned.version(), "Fixed by the admin");
        assertThat(byAdmin.body()).isEqualTo("Fixed by the admin");

        data.signIn(DemoUser.USER);
        NoteDetails byAuthor = notes.edit(note.id(), byAdmin.version(), "Mine again");
        notes.delete(note.id(), byAuthor.version());
        assertThat(data.jdbc().queryForObject("select deleted_by from note where id = ?", Long.class, note.id()))
                .isEqualTo(me);
    }

    @Test
    void an_edit_keeps_the_author_records_the_editor_and_when_and_is_in_the_history() {
        long org = organization("Acme").id();
        NoteDetails note = notes.add("Call back on Monday", new Links(org, null, null));
        assertThat(note.editedBy()).isNull();
        assertThat(note.editedAt()).isNull();
        NoteDetails pinned = notes.setPinned(note.id(), note.version(), true);
        assertThat(pinned.editedAt()).as("pinning is not an edit").isNull();

        clock.set(clock.instant().plusSeconds(3600));
        data.signIn(DemoUser.ADMIN);
        long admin = data.userId(DemoUser.ADMIN);
        NoteDetails edited = notes.edit(note.id(), pinned.version(), "Call back on Tuesday");

        assertThat(edited.authorId()).isEqualTo(me);
        assertThat(edited.editedBy()).isEqualTo(admin);
        assertThat(edited.editedAt()).isEqualTo(clock.instant());
        assertThat(history.forEntity(NoteService.ENTITY, note.id()))
                .extracting(ChangeEntry::field, ChangeEntry::oldValue, ChangeEntry::newValue, ChangeEntry::changedBy)
                .containsExactly(tuple("body", "Call back on Monday", "Call back on Tuesday", admin));
        assertThat(history.forOrganization(org, 10))
                .extracting(ChangeEntry::field)
                .contains("body");
    }

    @Test
    void a_user_restores_a_note_they_deleted_and_a_colleague_cannot() {
        NoteDetails note = notes.add("Oops", new Links(organization("Acme").id(), null, null));
        notes.delete(note.id(), note.version());

        data.signIn(DemoUser.SALES_1);
        assertThatThrownBy(() -> notes.restore(note.id())).isInstanceOf(AccessDeniedException.class);

        data.signIn(DemoUser.USER);
        assertThat(notes.restore(note.id()).body()).isEqualTo("Oops");
    }

    @Autowired
    HistoryService history;
}
