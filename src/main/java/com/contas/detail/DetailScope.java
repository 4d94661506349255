package com.contas.detail;

import com.contas.link.Links;
import java.io.Serializable;

/**
 * Whose page or drawer the sections show: an organization's or a person's. The queries list what
 * is linked to it (activities, deals, notes and files all carry both links), and what is added there
 * is linked to it.
 */
public record DetailScope(Kind kind, long id) implements Serializable {

    /** What a page can be about. */
    public enum Kind {
        ORGANIZATION,
        PERSON
    }

    public static DetailScope organization(long id) {
        return new DetailScope(Kind.ORGANIZATION, id);
    }

    public static DetailScope person(long id) {
        return new DetailScope(Kind.PERSON, id);
    }

    /** What a note or file added here is about (a person's organization follows from the person). */
    public Links links() {
        return switch (kind) {
            case ORGANIZATION -> new Links(id, null, null);
            case PERSON -> new Links(null, id, null);
        };
    }

    /**
     * Whether everything shown belongs to one organization, so forms leave its picker out. A
     * person's items may belong to an organization the person has left.
     */
    public boolean oneOrganization() {
        return switch (kind) {
            case ORGANIZATION -> true;
            case PERSON -> false;
        };
    }
}
