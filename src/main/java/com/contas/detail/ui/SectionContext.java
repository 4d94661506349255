package com.contas.detail.ui;

import com.contas.common.Option;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.security.UserSummary;
import java.io.Serializable;
import java.util.List;

/**
 * What a drawer section needs of the screen that shows it, and nothing more: which organization,
 * how things are formatted, who is signed in, and where to say that something changed. Its data
 * comes from the services it is given ({@link DetailSections}).
 */
public interface SectionContext extends Serializable {

    /** The organization the section shows. */
    long organization();

    /** Its name, for dialogs about it. */
    String accountName();

    /** The organization as a form's fixed choice: its id and name. */
    default Option organizationOption() {
        return new Option(organization(), accountName());
    }

    DetailFormat format();

    /** The signed-in user's id (null for a system call). */
    Long me();

    /** The active users, for owner and assignee pickers (read once). */
    List<UserSummary> users();

    /** How many items each section holds, as read with the header. */
    SectionCounts counts();

    /** A section wrote something: numbers, counts and the sections that show the same things follow. */
    void changed(DetailSection source);
}
