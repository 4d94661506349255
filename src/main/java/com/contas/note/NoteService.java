package com.contas.note;

import com.contas.common.AccountContentChanged;
import com.contas.common.NotFoundException;
import com.contas.common.Validation;
import com.contas.history.HistoryService;
import com.contas.history.TrashBin;
import com.contas.link.LinkResolver;
import com.contas.link.Links;
import com.contas.note.domain.Note;
import com.contas.note.domain.NoteRepository;
import com.contas.security.CurrentUser;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Notes: plain text (line breaks kept) about an organization, person or deal. */
@Service
public class NoteService {

    public static final String ENTITY = "Note";
    public static final int MAX_LENGTH = 10_000;

    private final NoteRepository notes;
    private final LinkResolver links;
    private final CurrentUser currentUser;
    private final TrashBin trash;
    private final HistoryService history;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    NoteService(
            NoteRepository notes,
            LinkResolver links,
            CurrentUser currentUser,
            TrashBin trash,
            HistoryService history,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.notes = notes;
        this.links = links;
        this.currentUser = currentUser;
        this.trash = trash;
        this.history = history;
        this.clock = clock;
    }

    /** Adds a note written by the signed-in user. */
    @Transactional
    public NoteDetails add(String body, Links about) {
        Validation v = Validation.start();
        String text = v.requiredMultiline("body", body, MAX_LENGTH);
        Links resolved = links.resolve(v, about, true);
        v.throwIfInvalid();
        Long author = currentUser.idOrNull();
        if (author == null) {
            throw new AccessDeniedException("Notes need a signed-in author");
        }
        Note note = new Note(
                text, author, resolved.organizationId(), resolved.personId(), resolved.dealId(), clock.instant());
        return changed(notes.saveAndFlush(note));
    }

    /**
     * Changes a note's text; only its author or an admin may. The author stays; who edited it and
     * when are kept on the note and the change (old and new text) goes to the history.
     */
    @Transactional
    public NoteDetails edit(long id, long expectedVersion, String body) {
        Validation v = Validation.start();
        String text = v.requiredMultiline("body", body, MAX_LENGTH);
        v.throwIfInvalid();
        Note note = load(id);
        currentUser.checkMayChange(note.getAuthorId());
        note.checkVersion(expectedVersion);
        history.recordChange(ENTITY, id, note.getOrganizationId(), "body", note.getBody(), text);
        note.edit(text, currentUser.idOrNull(), clock.instant());
        return changed(notes.saveAndFlush(note));
    }

    @Transactional
    public NoteDetails setPinned(long id, long expectedVersion, boolean pinned) {
        Note note = load(id);
        note.checkVersion(expectedVersion);
        note.pin(pinned, clock.instant());
        return changed(notes.saveAndFlush(note));
    }

    /** Moves a note to the trash; only its author or an admin may. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        Note note = load(id);
        currentUser.checkMayChange(note.getAuthorId());
        trash.moveToTrash(notes, ENTITY, note, expectedVersion, note.getOrganizationId());
        changed(note);
    }

    /** Takes a note back out of the trash: its author, whoever deleted it, or an admin. */
    @Transactional
    public NoteDetails restore(long id) {
        return changed(trash.restore(notes, ENTITY, id, Note::getAuthorId, Note::getOrganizationId));
    }

    @Transactional(readOnly = true)
    public NoteDetails get(long id) {
        return toDetails(load(id));
    }

    private Note load(long id) {
        return notes.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Open screens of the note's account show it (live updates). */
    private NoteDetails changed(Note note) {
        if (note.getOrganizationId() != null) {
            events.publishEvent(new AccountContentChanged(Set.of(note.getOrganizationId())));
        }
        return toDetails(note);
    }

    private static NoteDetails toDetails(Note n) {
        return new NoteDetails(
                n.getId(),
                n.getBody(),
                n.isPinned(),
                n.getAuthorId(),
                n.getOrganizationId(),
                n.getPersonId(),
                n.getDealId(),
                n.getCreatedAt(),
                n.getUpdatedAt(),
                n.getEditedBy(),
                n.getEditedAt(),
                n.getVersion());
    }
}
