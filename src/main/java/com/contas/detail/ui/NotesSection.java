package com.contas.detail.ui;

import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.NoteLine;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.detail.DetailQueries.Trashed;
import com.contas.note.NoteService;
import com.contas.shell.FieldErrors;
import com.contas.shell.Refusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;

/**
 * The organization's or person's notes, pinned first: add, pin or unpin; edit or delete to trash
 * one's own (an admin: any), each showing who last edited it and when; restore what one deleted
 * ("Deleted (n)"). Notes are plain text (line breaks kept, web addresses made links), never HTML.
 */
class NotesSection extends ListSection<NoteLine> {

    static final int PAGE = 20;

    private final TextArea newNote = new TextArea();
    private final FieldErrors newNoteErrors;
    /** A note is open for editing (a reload would lose what was typed). */
    private boolean editing;

    private final DeletedItems deleted;

    private final transient NoteService notes;

    NotesSection(SectionContext drawer, DetailQueries sections, NoteService notes) {
        super(
                drawer,
                "contas-drawer-notes",
                sections,
                DetailQueries::notes,
                SectionCounts::notes,
                PAGE,
                "drawer.notes.empty");
        this.notes = notes;
        newNote.setLabel(getTranslation("drawer.notes.new"));
        newNote.setMaxLength(NoteService.MAX_LENGTH);
        newNote.setWidthFull();
        newNoteErrors = new FieldErrors(this, Map.of("body", newNote));
        Button add = new Button(getTranslation("drawer.notes.add"), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        deleted = new DeletedItems(drawer, sections, Trashed.NOTES, id -> this.notes.restore(id), this::run);
        add(newNote, newNoteErrors.formMessage(), add, list, deleted);
    }

    private void add() {
        if (save(newNote, newNoteErrors, body -> notes.add(body, drawer.scope().links()))) {
            newNote.clear();
        }
    }

    /** Saves through the service; a problem shows next to the text area and keeps what was typed. */
    private boolean save(TextArea area, FieldErrors errors, SerializableConsumer<String> command) {
        if (!Refusals.runKeeping(this, errors, () -> command.accept(area.getValue()), errors::show)) {
            return false;
        }
        errors.clear();
        drawer.changed(this);
        return true;
    }

    @Override
    void load() {
        editing = false;
        super.load();
        deleted.load();
    }

    @Override
    public boolean busy() {
        return editing;
    }

    @Override
    Component row(NoteLine note) {
        Div body = PlainText.of(note.body());
        Span meta = new Span(note.authorName() + " · " + drawer.format().dateTime(note.createdAt())
                + (note.editedAt() == null
                        ? ""
                        : " · "
                                + getTranslation(
                                        "drawer.notes.editedBy",
                                        note.editorName(),
                                        drawer.format().dateTime(note.editedAt()))));
        meta.addClassName("contas-item-meta");
        String shortText = note.body().length() > 40 ? note.body().substring(0, 40) + "…" : note.body();
        Button pin = iconButton(
                note.pinned() ? VaadinIcon.PIN_POST : VaadinIcon.PIN,
                getTranslation(note.pinned() ? "drawer.notes.unpin" : "drawer.notes.pin", shortText),
                () -> run(() -> notes.setPinned(note.id(), note.version(), !note.pinned())));
        Div row = new Div();
        Div actions = new Div(pin);
        // Only the author or an admin may change the text or delete it (the service refuses anyone else).
        if (drawer.viewer().mayChange(note.authorId())) {
            Button edit = iconButton(VaadinIcon.EDIT, getTranslation("drawer.edit", shortText), () -> edit(row, note));
            Button delete = iconButton(
                    VaadinIcon.TRASH,
                    getTranslation("drawer.delete", shortText),
                    () -> run(() -> notes.delete(note.id(), note.version())));
            actions.add(edit, delete);
        }
        actions.addClassName("contas-item-actions");
        row.add(body, meta, actions);
        row.addClassName("contas-item");
        row.addClassName("contas-note");
        if (note.pinned()) {
            row.addClassName("pinned");
        }
        return row;
    }

    /** Edits in place: the note's text becomes a text area with Save and Cancel. */
    private void edit(Div row, NoteLine note) {
        TextArea area = new TextArea(getTranslation("drawer.notes.editLabel"));
        area.setValue(note.body());
        area.setMaxLength(NoteService.MAX_LENGTH);
        area.setWidthFull();
        FieldErrors errors = new FieldErrors(this, Map.of("body", area));
        Button save = new Button(
                getTranslation("drawer.save"),
                e -> save(area, errors, body -> notes.edit(note.id(), note.version(), body)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = new Button(getTranslation("drawer.cancel"), e -> load());
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        row.removeAll();
        row.add(area, errors.formMessage(), new Div(cancel, save));
        editing = true;
        area.focus();
    }
}
