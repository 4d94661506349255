package com.contas.detail.ui;

import com.contas.common.Option;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.detail.DetailScope;
import com.contas.security.UserSummary;
import java.io.Serializable;
import java.util.List;

/**
 * What a section needs of the screen that shows it, and nothing more: whose sections they are (an
 * organization's or a person's), how things are formatted, who is signed in, and where to say
 * that something changed. Its data comes from the services it is given ({@link DetailSections}).
 */
public interface SectionContext extends Serializable {

    /** The organization or person the sections show. */
    DetailScope scope();

    /** Its name, for dialogs about it. */
    String name();

    /**
     * The organization what is added here belongs to, as a form's fixed choice (its id and name):
     * the organization shown, or the person's; null when the person has none (the form lets the
     * user pick).
     */
    Option organizationOption();

    /** The person what is added here is about: the one shown; null on an organization. */
    default Option personOption() {
        return switch (scope().kind()) {
            case ORGANIZATION -> null;
            case PERSON -> new Option(scope().id(), name());
        };
    }

    /** The signed-in user looking at the sections. */
    Viewer viewer();

    default DetailFormat format() {
        return viewer().format();
    }

    /** The signed-in user's id (null for a system call). */
    default Long me() {
        return viewer().me();
    }

    /** The active users, for owner and assignee pickers (read once). */
    default List<UserSummary> users() {
        return viewer().users();
    }

    /** How many items each section holds, as read with the header. */
    SectionCounts counts();

    /** A section wrote something: numbers, counts and the sections that show the same things follow. */
    void changed(DetailSection source);
}
