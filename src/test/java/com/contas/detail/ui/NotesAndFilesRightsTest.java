package com.contas.detail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.ui.drawer.AccountDrawer;
import com.contas.deal.DealDetails;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.file.FileDetails;
import com.contas.file.FileService;
import com.contas.link.Links;
import com.contas.note.NoteDetails;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may change a note or a file, as the drawer and the organization page show it: the edit and
 * delete buttons are there for the author (uploader) and an admin only; an edited note says who
 * edited it and when; what a user deleted comes back from the section's own "Deleted" list.
 */
class NotesAndFilesRightsTest extends KaribuTestBase {

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    @Autowired
    NoteService notes;

    @Autowired
    FileService files;

    long acme;

    @BeforeEach
    void anAccountWithMyNoteAndFileAndAColleagues() throws Exception {
        signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        acme = organizations
                .create(new OrganizationInput("Acme Corp", null, me))
                .id();
        DealDetails won = deals.create(new DealInput("Order", new BigDecimal("10"), "BRL", acme, null, me, null, null));
        deals.markWon(won.id(), won.version());
        notes.add("Mine", new Links(acme, null, null));
        upload("mine.txt");
        data.asOtherUser(DemoUser.SALES_1, () -> {
            notes.add("Theirs", new Links(acme, null, null));
            upload("theirs.txt");
        });
    }

    /**
     * Another user at this browser: the screens open so far are left (a view reopened on the same route
     * would be reused, with the viewer it was built for).
     */
    private void become(DemoUser user) {
        UI.getCurrent().navigate("deals");
        signIn(user);
    }

    private FileDetails upload(String name) {
        return files.upload(
                name,
                "text/plain",
                new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)),
                new Links(acme, null, null));
    }

    private Div drawerSection(String tab, String className) {
        UI.getCurrent().navigate("accounts/" + acme);
        AccountDrawer drawer = _get(AccountDrawer.class);
        _get(drawer, DetailTabs.class).select(tab);
        return section(drawer, className);
    }

    private Div pageSection(String tab, String className) {
        UI.getCurrent().navigate("organizations/" + acme);
        OrganizationPage page = _get(OrganizationPage.class);
        _get(page, DetailTabs.class).select(tab);
        return section(page, className);
    }

    private static Div section(Component in, String className) {
        return _find(in, Div.class).stream()
                .filter(d -> d.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    /** The labels of the section's icon buttons (read by screen readers, shown as tooltips). */
    private static List<String> iconButtons(Component section) {
        return _find(section, Button.class).stream()
                .map(b -> b.getElement().getAttribute("aria-label"))
                .filter(label -> label != null)
                .toList();
    }

    private static void clickIcon(Component in, String label) {
        _find(in, Button.class).stream()
                .filter(b -> label.equals(b.getElement().getAttribute("aria-label")))
                .findFirst()
                .orElseThrow()
                .click();
    }

    private static Button button(Component in, String text) {
        return _get(in, Button.class, spec -> spec.withText(text));
    }

    private static String when(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.ENGLISH)
                .format(instant.atZone(ZoneId.of("America/Sao_Paulo")));
    }

    @Test
    void a_user_sees_edit_and_delete_on_their_own_note_and_file_only_and_an_admin_on_every_one() {
        Div notesSection = drawerSection("notes", "contas-drawer-notes");
        assertThat(iconButtons(notesSection))
                .contains("Edit Mine", "Delete Mine", "Pin Mine", "Pin Theirs")
                .doesNotContain("Edit Theirs", "Delete Theirs");
        Div filesSection = pageSection("files", "contas-drawer-files");
        assertThat(iconButtons(filesSection)).contains("Delete mine.txt").doesNotContain("Delete theirs.txt");

        become(DemoUser.ADMIN);
        assertThat(iconButtons(pageSection("notes", "contas-drawer-notes")))
                .contains("Edit Mine", "Delete Mine", "Edit Theirs", "Delete Theirs");
        assertThat(iconButtons(drawerSection("files", "contas-drawer-files")))
                .contains("Delete mine.txt", "Delete theirs.txt");
    }

    @Test
    void an_edited_note_says_who_edited_it_and_when_in_the_drawer_and_on_the_page() {
        NoteDetails mine = notes.get(data.jdbc().queryForObject("select id from note where body = 'Mine'", Long.class));
        clock.set(clock.instant().plus(Duration.ofHours(2)));
        signIn(DemoUser.ADMIN);
        notes.edit(mine.id(), mine.version(), "Mine, corrected");
        signIn(DemoUser.USER);

        String expected = "Lucas Ferreira · " + when(mine.createdAt()) + " · edited by Beatriz Almeida · "
                + when(clock.instant());
        assertThat(Screen.visibleText(drawerSection("notes", "contas-drawer-notes")))
                .contains("Mine, corrected" + expected);
        assertThat(Screen.visibleText(pageSection("notes", "contas-drawer-notes")))
                .contains("Mine, corrected" + expected)
                .doesNotContain("Theirs" + "Mariana Costa · " + when(mine.createdAt()) + " · edited");
    }

    @Test
    void editing_a_note_someone_else_changed_meanwhile_is_explained_and_keeps_what_was_typed() {
        Div section = drawerSection("notes", "contas-drawer-notes");
        clickIcon(section, "Edit Mine");
        _get(section, TextArea.class, spec -> spec.withLabel("Note")).setValue("My new text");
        long id = data.jdbc().queryForObject("select id from note where body = 'Mine'", Long.class);
        signIn(DemoUser.ADMIN);
        notes.edit(id, notes.get(id).version(), "The admin's text");
        signIn(DemoUser.USER);

        button(section, "Save").click();

        assertThat(Screen.visibleText(section)).contains("Someone else changed this");
        assertThat(_get(section, TextArea.class, spec -> spec.withLabel("Note")).getValue())
                .isEqualTo("My new text");
        assertThat(notes.get(id).body()).isEqualTo("The admin's text");
    }

    @Test
    void a_user_restores_the_note_and_the_file_they_deleted_from_the_section_and_a_colleague_does_not_see_them() {
        Div notesSection = drawerSection("notes", "contas-drawer-notes");
        clickIcon(notesSection, "Delete Mine");
        assertThat(Screen.visibleText(notesSection)).doesNotContain("Mine");

        button(notesSection, "Deleted (1)").click();
        assertThat(Screen.visibleText(notesSection)).contains("Mine").contains("deleted by Lucas Ferreira");
        clickIcon(notesSection, "Restore Mine");
        assertThat(data.jdbc()
                        .queryForObject(
                                "select count(*) from note where body = 'Mine' and deleted_at is null", Long.class))
                .isEqualTo(1);
        assertThat(_find(notesSection, Button.class, spec -> spec.withText("Deleted (1)")))
                .isEmpty();

        FileDetails mine =
                files.get(data.jdbc().queryForObject("select id from stored_file where name = 'mine.txt'", Long.class));
        files.delete(mine.id(), mine.version());
        Div filesSection = pageSection("files", "contas-drawer-files");
        assertThat(Screen.visibleText(filesSection)).doesNotContain("mine.txt");
        button(filesSection, "Deleted (1)").click();
        clickIcon(filesSection, "Restore mine.txt");
        assertThat(Screen.visibleText(filesSection)).contains("mine.txt");

        files.delete(mine.id(), files.get(mine.id()).version());
        become(DemoUser.SALES_1);
        assertThat(_find(
                        pageSection("files", "contas-drawer-files"),
                        Button.class,
                        spec -> spec.withText("Deleted (1)")))
                .isEmpty();
        become(DemoUser.ADMIN);
        assertThat(_find(
                        pageSection("files", "contas-drawer-files"),
                        Button.class,
                        spec -> spec.withText("Deleted (1)")))
                .hasSize(1);
    }
}
