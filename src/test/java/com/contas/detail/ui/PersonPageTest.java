package com.contas.detail.ui;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.file.FileService;
import com.contas.link.Links;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonDetails;
import com.contas.person.PersonInput;
import com.contas.person.PersonService;
import com.contas.security.DemoUser;
import com.contas.shell.FormDialog;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonPageTest extends KaribuTestBase {

    @Autowired
    OrganizationService organizations;

    @Autowired
    PersonService people;

    @Autowired
    ActivityService activities;

    @Autowired
    DealService deals;

    @Autowired
    NoteService notes;

    @Autowired
    FileService files;

    long me;
    long acme;
    PersonDetails ana;

    @BeforeEach
    void signInAndCreateAPerson() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = organizations
                .create(new OrganizationInput("Acme Corp", null, me))
                .id();
        ana = people.create(
                new PersonInput("Ana Lima", acme, me, List.of("ana@acme.example"), List.of("+55 11 5555-0101")));
    }

    private PersonPage open(long id) {
        UI.getCurrent().navigate("people/" + id);
        return _get(PersonPage.class);
    }

    private static List<String> tabLabels(Component page) {
        return _find(page, Tab.class).stream().map(Tab::getLabel).toList();
    }

    private static String shownTab(PersonPage page, String key) {
        _get(page, DetailTabs.class).select(key);
        return Screen.visibleText(_get(page, DetailTabs.class));
    }

    /** Opens the person form from the Details tab. */
    private static FormDialog edit(PersonPage page) {
        _get(page, DetailTabs.class).select("fields");
        _get(page, Button.class, spec -> spec.withText("Edit person")).click();
        return _get(FormDialog.class);
    }

    private static RouterLink link(Component in, String text) {
        return _get(in, RouterLink.class, spec -> spec.withText(text));
    }

    @Test
    void the_page_shows_the_persons_activities_notes_deals_and_files_and_not_those_of_colleagues() {
        long bia = people.create(new PersonInput("Bia Souza", acme, me, List.of(), List.of()))
                .id();
        activities.schedule(
                new ActivityInput(ActivityType.CALL, "Call Ana", TODAY, null, 30, null, acme, ana.id(), null, me));
        activities.schedule(
                new ActivityInput(ActivityType.CALL, "Call Bia", TODAY, null, 30, null, acme, bia, null, me));
        notes.add("Ana prefers e-mail", new Links(null, ana.id(), null));
        notes.add("About the company", new Links(acme, null, null));
        deals.create(new DealInput("Renewal via Ana", new BigDecimal("500"), "BRL", null, ana.id(), me, null, null));
        files.upload(
                "proposal.txt",
                "text/plain",
                new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8)),
                new Links(null, ana.id(), null));

        PersonPage page = open(ana.id());

        assertThat(_get(page, H2.class).getText()).isEqualTo("Ana Lima");
        assertThat(tabLabels(page))
                .containsExactly("Activities (1)", "Notes (1)", "Files (1)", "Deals (1)", "Details", "History");
        assertThat(ui().getInternals().getTitle()).startsWith("Ana Lima · People");
        assertThat(shownTab(page, "activities")).contains("Call Ana").doesNotContain("Call Bia");
        assertThat(shownTab(page, "notes")).contains("Ana prefers e-mail").doesNotContain("About the company");
        assertThat(shownTab(page, "deals")).contains("Renewal via Ana");
        assertThat(shownTab(page, "files")).contains("proposal.txt");
        assertThat(shownTab(page, "fields"))
                .contains("ana@acme.example")
                .contains("+55 11 5555-0101")
                .contains(data.user(DemoUser.USER).displayName());
    }

    @Test
    void the_person_links_to_their_organizations_page_and_what_is_added_on_the_page_is_about_them() {
        PersonPage page = open(ana.id());
        assertThat(link(page, "Acme Corp").getHref()).isEqualTo("organizations/" + acme);

        _get(page, DetailTabs.class).select("notes");
        _get(page, TextArea.class, spec -> spec.withLabel("New note")).setValue("Met Ana at the fair");
        _get(page, Button.class, spec -> spec.withText("Add note")).click();

        assertThat(tabLabels(page)).contains("Notes (1)");
        assertThat(data.jdbc()
                        .queryForObject("select organization_id from note where person_id = ?", Long.class, ana.id()))
                .isEqualTo(acme);
    }

    @Test
    void editing_the_person_from_the_page_saves_and_shows_the_new_name() {
        PersonPage page = open(ana.id());
        FormDialog form = edit(page);
        _get(form, TextField.class, spec -> spec.withLabel("Name")).setValue("Ana Lima Souza");
        _get(form, Button.class, spec -> spec.withText("Save")).click();

        assertThat(_get(page, H2.class).getText()).isEqualTo("Ana Lima Souza");
        assertThat(people.get(ana.id()).name()).isEqualTo("Ana Lima Souza");
    }

    @Test
    void editing_the_person_from_the_page_after_someone_else_saved_is_explained_and_overwrites_nothing() {
        PersonPage page = open(ana.id());
        FormDialog form = edit(page);
        PersonDetails now = people.get(ana.id());
        people.update(ana.id(), now.version(), new PersonInput("Ana B. Lima", acme, me, now.emails(), now.phones()));

        _get(form, TextField.class, spec -> spec.withLabel("Name")).setValue("Ana Lima Souza");
        _get(form, Button.class, spec -> spec.withText("Save")).click();

        assertThat(form.isOpened()).isTrue();
        assertThat(Screen.formError(form)).contains("Someone else changed this person");
        assertThat(people.get(ana.id()).name()).isEqualTo("Ana B. Lima");
    }

    @Test
    void a_person_deleted_from_their_page_is_said_to_be_gone() {
        PersonPage page = open(ana.id());
        _get(edit(page), Button.class, spec -> spec.withText("Delete")).click();

        assertThat(Screen.visibleText(page)).contains("Person not found");
    }

    @Test
    void an_unknown_person_is_said_to_be_not_found() {
        PersonPage page = open(987_654);
        assertThat(Screen.visibleText(page)).contains("Person not found");
        assertThat(_find(page, DetailTabs.class)).isEmpty();
    }

    @Test
    void a_person_without_an_organization_has_a_page_and_can_be_given_a_deal() {
        long solo = people.create(new PersonInput("Caio Solo", null, me, List.of(), List.of()))
                .id();
        PersonPage page = open(solo);
        assertThat(shownTab(page, "fields")).contains("No organization");

        _get(page, DetailTabs.class).select("deals");
        _get(page, Button.class, spec -> spec.withText("New deal")).click();
        FormDialog form = _get(FormDialog.class);
        _get(form, TextField.class, spec -> spec.withLabel("Title")).setValue("Consulting");
        _get(form, BigDecimalField.class, spec -> spec.withLabel("Value")).setValue(new BigDecimal("100"));
        _get(form, Button.class, spec -> spec.withText("Save")).click();

        assertThat(tabLabels(page)).contains("Deals (1)");
        assertThat(data.jdbc().queryForObject("select person_id from deal where title = 'Consulting'", Long.class))
                .isEqualTo(solo);
    }

    @Test
    void an_organizations_people_and_its_activities_and_deals_link_names_to_the_persons_page() {
        activities.schedule(
                new ActivityInput(ActivityType.CALL, "Call Ana", TODAY, null, 30, null, acme, ana.id(), null, me));
        deals.create(new DealInput("Renewal", new BigDecimal("500"), "BRL", acme, ana.id(), me, null, null));
        UI.getCurrent().navigate("organizations/" + acme);
        OrganizationPage page = _get(OrganizationPage.class);

        assertThat(link(page, "Ana Lima").getHref()).isEqualTo("people/" + ana.id()); // the activity
        _get(page, DetailTabs.class).select("deals");
        assertThat(link(_get(page, DetailTabs.class), "Ana Lima").getHref()).isEqualTo("people/" + ana.id());
        _get(page, DetailTabs.class).select("people");
        assertThat(link(_get(page, DetailTabs.class), "Ana Lima").getHref()).isEqualTo("people/" + ana.id());
    }

    /** Every link on the screen, as its address. */
    private static List<String> hrefs(Component in) {
        return _find(in, Anchor.class).stream().map(Anchor::getHref).toList();
    }

    @Test
    void contacts_stored_with_parameters_or_other_schemes_are_shown_as_text_and_only_plain_ones_as_links() {
        String bcc = "ana@client.com?bcc=spy%40evil.com";
        String script = "javascript:alert(1)//@x.com";
        String dialer = "+55 11 5555-0101;postd=999#";
        // Written around the service, as data stored before the stricter check would be.
        data.jdbc().update("update person_email set email = ? where person_id = ? and position = 0", bcc, ana.id());
        data.jdbc()
                .update(
                        "insert into person_email (person_id, position, email) values (?, 1, ?), (?, 2, ?)",
                        ana.id(),
                        script,
                        ana.id(),
                        "ana.lima@acme.example");
        data.jdbc().update("update person_phone set phone = ? where person_id = ? and position = 0", dialer, ana.id());
        data.jdbc()
                .update(
                        "insert into person_phone (person_id, position, phone) values (?, 1, ?)",
                        ana.id(),
                        "+55 (11) 5555-0102");

        PersonPage page = open(ana.id());
        assertThat(Screen.visibleText(page)).contains(bcc).contains(dialer);
        assertThat(hrefs(page)).noneMatch(href -> href.startsWith("mailto:") || href.startsWith("tel:"));
        shownTab(page, "fields");
        assertThat(Screen.visibleText(page)).contains(bcc).contains(script).contains(dialer);
        assertThat(hrefs(page))
                .filteredOn(
                        href -> href.startsWith("mailto:") || href.startsWith("tel:") || href.startsWith("javascript:"))
                .containsExactly("mailto:ana.lima@acme.example", "tel:+551155550102");

        UI.getCurrent().navigate("organizations/" + acme);
        OrganizationPage organization = _get(OrganizationPage.class);
        _get(organization, DetailTabs.class).select("people");
        DetailTabs tabs = _get(organization, DetailTabs.class);
        assertThat(Screen.visibleText(tabs)).contains(bcc).contains(dialer);
        assertThat(hrefs(tabs)).noneMatch(href -> href.startsWith("mailto:") || href.startsWith("tel:"));
    }

    @Test
    void the_page_reads_in_brazilian_portuguese() {
        ui().setLocale(Locale.forLanguageTag("pt-BR"));
        PersonPage page = open(ana.id());
        assertThat(tabLabels(page)).contains("Atividades (0)");
        assertThat(shownTab(page, "fields")).contains("Criada em");
        assertThat(_get(page, Button.class, spec -> spec.withText("Editar pessoa")))
                .isNotNull();

        assertThat(Screen.visibleText(open(987_654))).contains("Pessoa não encontrada");
    }
}
