package com.contas.consistency;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.contas.account.ui.drawer.AccountDrawer;
import com.contas.account.ui.list.AccountListView;
import com.contas.common.FieldProblem;
import com.contas.common.ValidationException;
import com.contas.deal.DealInput;
import com.contas.deal.DealService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.DemoUser;
import com.contas.shell.Messages;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One catalogue of hostile and mistaken input, pushed through the real forms (Karibu) and the
 * services. Refused input gets its translated message next to the field and writes nothing;
 * markup and unusual-but-valid text (emoji, right-to-left) is kept exactly and shown as text,
 * never as HTML; bad addresses and URL parameters get a friendly page or the defaults.
 */
class BadInputCatalogueTest extends KaribuTestBase {

    static final String REQUIRED = "Required";
    static final String CONTROL = "Contains characters that are not allowed";

    enum Form {
        ORGANIZATION_NAME,
        ADDRESS,
        NOTE,
        PERSON_NAME,
        PERSON_EMAIL,
        PERSON_PHONE,
        ACTIVITY_SUBJECT,
        ACTIVITY_DATE,
        ACTIVITY_TIME,
        ACTIVITY_DURATION,
        DEAL_VALUE,
        DEAL_CURRENCY,
        DEAL_TITLE,
        ADDRESS_BAR,
        ACCOUNT_SEARCH,
        NEW_PASSWORD
    }

    @Autowired
    OrganizationService organizations;

    @Autowired
    DealService deals;

    long me;
    long acme;

    @BeforeEach
    void anAccount() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = organizations
                .create(new OrganizationInput("Acme Corp", null, me))
                .id();
        var won = deals.create(new DealInput("Order", new BigDecimal("10"), "BRL", acme, null, me, null, null));
        deals.markWon(won.id(), won.version());
    }

    static Stream<Arguments> catalogue() {
        List<Arguments> cases = new ArrayList<>();
        // name, form, input, the message expected next to the field (null: accepted and kept as typed)
        add(cases, "script tag in a name", Form.ORGANIZATION_NAME, "<script>alert(1)</script>", null);
        add(cases, "img onerror in a name", Form.ORGANIZATION_NAME, "<img src=x onerror=alert(1)>", null);
        add(cases, "emoji and 4-byte characters", Form.ORGANIZATION_NAME, "Açaí 🚀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Ltda", null);
        add(cases, "right-to-left name", Form.ORGANIZATION_NAME, "شركة الأمل", null);
        add(cases, "a name that is a message key", Form.ORGANIZATION_NAME, "#bucket.OVERDUE", null);
        add(cases, "a name with message placeholders", Form.ORGANIZATION_NAME, "{0} {1,number} '{2}'", null);
        add(cases, "empty name", Form.ORGANIZATION_NAME, "", REQUIRED);
        add(cases, "whitespace-only name", Form.ORGANIZATION_NAME, " \t  ", REQUIRED);
        add(cases, "zero-width-only name", Form.ORGANIZATION_NAME, "\u200B\u200B\uFEFF", REQUIRED);
        add(cases, "right-to-left override in a name", Form.ORGANIZATION_NAME, "invoice\u202Efdp.exe", CONTROL);
        add(cases, "NUL in a name", Form.ORGANIZATION_NAME, "Acme\u0000Corp", CONTROL);
        add(cases, "256-character name", Form.ORGANIZATION_NAME, "x".repeat(256), "Too long: at most 255 characters");
        add(
                cases,
                "100,000-character name",
                Form.ORGANIZATION_NAME,
                "y".repeat(100_000),
                "Too long: at most 255 characters");
        add(cases, "1,001-character address", Form.ADDRESS, "z".repeat(1001), "Too long: at most 1,000 characters");
        add(cases, "markup in an address", Form.ADDRESS, "<b>Rua</b> & \"Av.\" 'x'", null);
        add(cases, "blank note", Form.NOTE, "  \n\t ", REQUIRED);
        add(cases, "20,000-character note", Form.NOTE, "n".repeat(20_000), "Too long: at most 10,000 characters");
        add(cases, "script in a note", Form.NOTE, "<script>document.cookie</script>", null);
        add(cases, "control character in a note", Form.NOTE, "bell\u0007", CONTROL);
        add(cases, "blank person name", Form.PERSON_NAME, "   ", REQUIRED);
        add(cases, "not an e-mail", Form.PERSON_EMAIL, "not-an-email", "Not an e-mail address: not-an-email");
        add(cases, "e-mail with markup", Form.PERSON_EMAIL, "<a@b.c>", "Not an e-mail address: <a@b.c>");
        add(
                cases,
                "overlong e-mail",
                Form.PERSON_EMAIL,
                "a".repeat(250) + "@x.com",
                "Too long: at most 255 characters");
        add(
                cases,
                "e-mail carrying a hidden copy",
                Form.PERSON_EMAIL,
                "ana@client.com?bcc=spy%40evil.com",
                "Not an e-mail address: ana@client.com?bcc=spy%40evil.com");
        add(
                cases,
                "e-mail carrying a subject and body",
                Form.PERSON_EMAIL,
                "ana@client.com&subject=x&body=y",
                "Not an e-mail address: ana@client.com&subject=x&body=y");
        add(
                cases,
                "e-mail with an encoded at sign",
                Form.PERSON_EMAIL,
                "spy%40evil.com@client.com",
                "Not an e-mail address: spy%40evil.com@client.com");
        add(
                cases,
                "e-mail with a fragment",
                Form.PERSON_EMAIL,
                "ana#x@client.com",
                "Not an e-mail address: ana#x@client.com");
        add(
                cases,
                "a script address as an e-mail",
                Form.PERSON_EMAIL,
                "javascript:alert(1)//@x.com",
                "Not an e-mail address: javascript:alert(1)//@x.com");
        add(
                cases,
                "e-mail with a dot at the end",
                Form.PERSON_EMAIL,
                "ana.@client.com",
                "Not an e-mail address: ana.@client.com");
        add(cases, "letters as a phone", Form.PERSON_PHONE, "call me maybe", "Not a phone number: call me maybe");
        add(
                cases,
                "phone carrying dialer parameters",
                Form.PERSON_PHONE,
                "+55 11 5555-0101;postd=999",
                "Not a phone number: +55 11 5555-0101;postd=999");
        add(cases, "phone with a query", Form.PERSON_PHONE, "5555-0101?call=1", "Not a phone number: 5555-0101?call=1");
        add(cases, "phone with dots", Form.PERSON_PHONE, "11.5555.0101", "Not a phone number: 11.5555.0101");
        add(cases, "phone with a plus inside", Form.PERSON_PHONE, "55+11 5555", "Not a phone number: 55+11 5555");
        add(cases, "phone with accepted punctuation", Form.PERSON_PHONE, "+55 (11) 91234-5678", null);
        add(
                cases,
                "a script address in a note stays text",
                Form.NOTE,
                "javascript:alert(document.cookie) data:text/html,<script>x</script> vbscript:msgbox",
                null);
        add(cases, "blank subject", Form.ACTIVITY_SUBJECT, "   ", REQUIRED);
        add(cases, "overlong subject", Form.ACTIVITY_SUBJECT, "s".repeat(300), "Too long: at most 255 characters");
        add(
                cases,
                "date far in the past",
                Form.ACTIVITY_DATE,
                "1850-01-01",
                "Must be between 1900-01-01 and 2199-12-31");
        add(
                cases,
                "date far in the future",
                Form.ACTIVITY_DATE,
                "2500-06-01",
                "Must be between 1900-01-01 and 2199-12-31");
        add(
                cases,
                "time in a daylight-saving gap",
                Form.ACTIVITY_TIME,
                "2026-03-29T02:30",
                "This time does not exist on that day: the clocks change. Choose another time.");
        add(cases, "negative duration", Form.ACTIVITY_DURATION, "-5", "Must be between 0 and 10,080");
        add(cases, "huge duration", Form.ACTIVITY_DURATION, "999999", "Must be between 0 and 10,080");
        add(cases, "negative money", Form.DEAL_VALUE, "-1", "Must not be negative");
        add(cases, "huge money", Form.DEAL_VALUE, "1e15", "Too large: at most 999999999999.99");
        add(cases, "money with three decimals", Form.DEAL_VALUE, "10.005", "At most 2 decimal places");
        add(cases, "no money at all (the browser could not read a number)", Form.DEAL_VALUE, null, REQUIRED);
        add(cases, "unknown currency", Form.DEAL_CURRENCY, "XYZ", "Unknown currency: XYZ");
        add(cases, "markup as a currency", Form.DEAL_CURRENCY, "<b>", "Unknown currency: <B>");
        add(cases, "SQL in a deal title", Form.DEAL_TITLE, "x'); drop table deal; --", null);
        add(cases, "unknown account id", Form.ADDRESS_BAR, "accounts/999999", "Account not found");
        add(cases, "deleted account id", Form.ADDRESS_BAR, "accounts/DELETED", "Account not found");
        add(cases, "account id zero", Form.ADDRESS_BAR, "accounts/0", "Account not found");
        add(cases, "account id that is not a number", Form.ADDRESS_BAR, "accounts/abc", "Page not found");
        add(
                cases,
                "account id too large for a long",
                Form.ADDRESS_BAR,
                "accounts/99999999999999999999",
                "Page not found");
        add(cases, "negative organization id", Form.ADDRESS_BAR, "organizations/-1", "Page not found");
        add(cases, "person id too large for a long", Form.ADDRESS_BAR, "people/9223372036854775808", "Page not found");
        add(
                cases,
                "saved view id too large for a long",
                Form.ADDRESS_BAR,
                "accounts?view=99999999999999999999",
                "Acme Corp");
        add(
                cases,
                "custom field sort id too large",
                Form.ADDRESS_BAR,
                "accounts?sort=cf99999999999999999999",
                "Acme Corp");
        add(cases, "unknown deal id", Form.ADDRESS_BAR, "deals/424242", "This deal does not exist or is in the trash.");
        add(
                cases,
                "malformed sort and bucket",
                Form.ADDRESS_BAR,
                "accounts?sort=drop&dir=sideways&bucket=NOPE",
                "Acme Corp");
        add(
                cases,
                "malformed numbers in the address",
                Form.ADDRESS_BAR,
                "accounts?nc=-5x&owner=abc&cf=zz",
                "Acme Corp");
        add(cases, "SQL metacharacters in the search box", Form.ACCOUNT_SEARCH, "'; drop table organization; --", "");
        add(cases, "LIKE wildcards in the search box", Form.ACCOUNT_SEARCH, "100%_\\", "");
        add(cases, "markup in the search box", Form.ACCOUNT_SEARCH, "<img src=x onerror=alert(1)>", "");
        add(cases, "search that matches", Form.ACCOUNT_SEARCH, "ACME", "Acme Corp");
        add(cases, "11-character password", Form.NEW_PASSWORD, "Rosa-Saron1", "At least 12 characters");
        add(
                cases,
                "six emoji as a password (12 UTF-16 units)",
                Form.NEW_PASSWORD,
                "🌵🎲🦜🧭🪁🫖",
                "At least 12 characters");
        add(
                cases,
                "a most common password",
                Form.NEW_PASSWORD,
                "password1234",
                "One of the most common passwords: choose another");
        add(
                cases,
                "a keyboard pattern as a password",
                Form.NEW_PASSWORD,
                "qwertyuiop[]",
                "Too easy to guess (a word, a name, a pattern or a date): try a few unrelated words");
        add(
                cases,
                "73-byte password",
                Form.NEW_PASSWORD,
                "Rosa-de-Saron-1911" + "x".repeat(55),
                "Too long: at most 72 bytes (an accented letter counts as two)");
        add(
                cases,
                "40 accented letters as a password (80 bytes)",
                Form.NEW_PASSWORD,
                "é".repeat(40),
                "Too long: at most 72 bytes (an accented letter counts as two)");
        add(cases, "emoji and spaces in a good password", Form.NEW_PASSWORD, "Rosa 🌹 de Saron 1911", null);
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String name, Form form, String input, String expected) {
        cases.add(Arguments.of(name, form, input, expected));
    }

    @Test
    void the_catalogue_holds_at_least_forty_cases() {
        assertThat(catalogue().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void bad_input_is_refused_next_to_its_field_or_kept_as_text(String name, Form form, String input, String expected) {
        Map<String, Long> before = data.rowCounts();
        switch (form) {
            case ORGANIZATION_NAME, ADDRESS -> organizationForm(form, input, expected, before);
            case NOTE ->
                drawerForm(
                        "Notes",
                        "New note",
                        TextArea.class,
                        input,
                        "Add note",
                        expected,
                        before,
                        "contas-drawer-notes");
            case PERSON_NAME, PERSON_EMAIL, PERSON_PHONE -> personForm(form, input, expected, before);
            case ACTIVITY_SUBJECT, ACTIVITY_DATE, ACTIVITY_TIME, ACTIVITY_DURATION ->
                activityForm(form, input, expected, before);
            case DEAL_VALUE, DEAL_CURRENCY, DEAL_TITLE -> dealService(form, input, expected, before);
            case ADDRESS_BAR -> addressBar(input, expected, before);
            case ACCOUNT_SEARCH -> search(input, expected, before);
            case NEW_PASSWORD -> newPassword(input, expected, before);
        }
    }

    private void organizationForm(Form form, String input, String expected, Map<String, Long> before) {
        AccountDrawer drawer = drawer("Details");
        Div section = section(drawer, "contas-drawer-fields");
        HasValidation field;
        if (form == Form.ORGANIZATION_NAME) {
            TextField name = field(section, TextField.class, "Name");
            name.setValue(input);
            field = name;
        } else {
            TextArea address = field(section, TextArea.class, "Address");
            address.setValue(input);
            field = address;
        }
        _get(section, Button.class, spec -> spec.withText("Save")).click();
        if (expected != null) {
            assertRefused(field, expected, before);
            assertThat(organizations.get(acme).name()).isEqualTo("Acme Corp");
            return;
        }
        var saved = organizations.get(acme);
        if (form == Form.ORGANIZATION_NAME) {
            assertThat(saved.name()).isEqualTo(input);
            H2 title = _get(drawer, H2.class);
            assertThat(title.getText()).isEqualTo(input);
            assertShownAsText(title);
        } else {
            assertThat(saved.address()).isEqualTo(input);
        }
    }

    private <C extends Component & HasValidation> void drawerForm(
            String tab,
            String label,
            Class<C> type,
            String input,
            String button,
            String expected,
            Map<String, Long> before,
            String sectionClass) {
        AccountDrawer drawer = tab == null ? _get(AccountDrawer.class) : drawer(tab);
        Div section = section(drawer, sectionClass);
        C field = field(section, type, label);
        ((com.vaadin.flow.component.HasValue<?, String>) field).setValue(input);
        _get(section, Button.class, spec -> spec.withText(button)).click();
        if (expected != null) {
            assertRefused(field, expected, before);
            return;
        }
        List<Div> texts = _find(section, Div.class).stream()
                .filter(d -> d.hasClassName("contas-plain-text")
                        && d.getElement().getTextRecursively().equals(input))
                .toList();
        assertThat(texts).hasSize(1);
        assertShownAsText(texts.get(0));
    }

    private void personForm(Form form, String input, String expected, Map<String, Long> before) {
        AccountDrawer drawer = drawer("People");
        _get(drawer, Button.class, spec -> spec.withText("Add person")).click();
        Dialog dialog = _get(Dialog.class);
        field(dialog, TextField.class, "Name").setValue("Ana");
        HasValidation field = switch (form) {
            case PERSON_NAME -> {
                TextField name = field(dialog, TextField.class, "Name");
                name.setValue(input);
                yield name;
            }
            case PERSON_EMAIL -> {
                TextArea emails = field(dialog, TextArea.class, "E-mails");
                emails.setValue(input);
                yield emails;
            }
            default -> {
                TextArea phones = field(dialog, TextArea.class, "Phones");
                phones.setValue(input);
                yield phones;
            }
        };
        _get(dialog, Button.class, spec -> spec.withText("Save")).click();
        if (expected == null) {
            assertThat(_find(Dialog.class)).isEmpty();
            assertThat(data.jdbc().queryForList("select phone from person_phone", String.class))
                    .containsExactly(input);
            return;
        }
        assertRefused(field, expected, before);
    }

    private void activityForm(Form form, String input, String expected, Map<String, Long> before) {
        if (form == Form.ACTIVITY_TIME) {
            data.updateSettings("time_zone = 'Europe/Berlin'");
        }
        AccountDrawer drawer = drawer("Activities");
        _get(drawer, Button.class, spec -> spec.withText("Schedule activity")).click();
        Dialog dialog = _get(Dialog.class);
        field(dialog, TextField.class, "Subject").setValue("Call");
        field(dialog, DatePicker.class, "Date").setValue(TODAY);
        HasValidation field = switch (form) {
            case ACTIVITY_SUBJECT -> {
                TextField subject = field(dialog, TextField.class, "Subject");
                subject.setValue(input);
                yield subject;
            }
            case ACTIVITY_DATE -> {
                DatePicker date = field(dialog, DatePicker.class, "Date");
                date.setValue(LocalDate.parse(input));
                yield date;
            }
            case ACTIVITY_TIME -> {
                field(dialog, DatePicker.class, "Date").setValue(LocalDate.parse(input.substring(0, 10)));
                TimePicker time = field(dialog, TimePicker.class, "Time");
                time.setValue(LocalTime.parse(input.substring(11)));
                yield time;
            }
            default -> {
                IntegerField duration = field(dialog, IntegerField.class, "Duration (minutes)");
                duration.setValue(Integer.valueOf(input));
                yield duration;
            }
        };
        _get(dialog, Button.class, spec -> spec.withText("Schedule")).click();
        assertRefused(field, expected, before);
        assertThat(_find(Dialog.class)).hasSize(1);
    }

    private void dealService(Form form, String input, String expected, Map<String, Long> before) {
        BigDecimal value = form == Form.DEAL_VALUE ? (input == null ? null : new BigDecimal(input)) : BigDecimal.TEN;
        String currency = form == Form.DEAL_CURRENCY ? input : "BRL";
        String title = form == Form.DEAL_TITLE ? input : "Deal";
        DealInput deal = new DealInput(title, value, currency, acme, null, me, null, null);
        if (expected == null) {
            assertThat(deals.get(deals.create(deal).id()).title()).isEqualTo(input);
            assertThat(data.rowCounts().get("deal")).isEqualTo(before.get("deal") + 1);
            return;
        }
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> deals.create(deal));
        assertThat(e).isNotNull();
        String field = form == Form.DEAL_VALUE ? "value" : "currency";
        FieldProblem problem = e.problemFor(field).orElseThrow();
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(Messages.of(UI.getCurrent(), problem)).isEqualTo(expected);
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("pt-BR"));
        assertThat(Messages.of(UI.getCurrent(), problem)).isNotEqualTo(expected).doesNotStartWith("!");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    private void addressBar(String path, String expected, Map<String, Long> before) {
        if (path.contains("DELETED")) {
            long gone = organizations
                    .create(new OrganizationInput("Gone Ltd", null, me))
                    .id();
            var deal = deals.create(new DealInput("Won", BigDecimal.ONE, "BRL", gone, null, me, null, null));
            deals.markWon(deal.id(), deal.version());
            organizations.delete(gone, organizations.get(gone).version());
            before = data.rowCounts();
            path = path.replace("DELETED", Long.toString(gone));
        }
        // Typed in the address bar: a page load (an address no route matches shows "Page not found").
        MockUi.load(path);
        Component shown = (Component)
                UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        String page = Screen.visibleText(shown) + String.join(" ", Screen.notifications());
        if (shown instanceof AccountListView list && !path.contains("/")) {
            // The list with its defaults: the account is listed (rows live in the grid's data, not its text).
            page += String.join(" ", rows(list));
            assertThat(list.getElement().getText()).isEmpty();
        }
        assertThat(page).contains(expected).doesNotContain("Exception").doesNotContain("at com.");
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    private void search(String text, String expected, Map<String, Long> before) {
        UI.getCurrent().navigate("accounts", QueryParameters.of("q", text));
        AccountListView list = _get(AccountListView.class);
        List<String> names = rows(list);
        if (expected.isEmpty()) {
            assertThat(names).isEmpty();
        } else {
            assertThat(names).containsExactly(expected);
        }
        assertThat(_get(list, TextField.class, spec -> spec.withPlaceholder("Search accounts"))
                        .getValue())
                .isEqualTo(text);
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    /** "My account": the new password typed twice, the current one right; refused next to the field. */
    private void newPassword(String input, String expected, Map<String, Long> before) {
        UI.getCurrent().navigate("accounts");
        _get(Button.class, spec -> spec.withClasses("contas-my-account")).click();
        Dialog dialog = _get(Dialog.class);
        String hash = data.jdbc().queryForObject("select password_hash from app_user where id = ?", String.class, me);
        field(dialog, PasswordField.class, "Current password").setValue(DemoUser.USER.password());
        PasswordField fresh = field(dialog, PasswordField.class, "New password");
        fresh.setValue(input);
        field(dialog, PasswordField.class, "New password again").setValue(input);
        _get(dialog, Button.class, spec -> spec.withText("Change password")).click();
        String after = data.jdbc().queryForObject("select password_hash from app_user where id = ?", String.class, me);
        if (expected == null) {
            assertThat(after).as("accepted").isNotEqualTo(hash);
            return;
        }
        assertRefused(fresh, expected, before);
        assertThat(after).as("the password stays").isEqualTo(hash);
    }

    // ---- helpers

    @SuppressWarnings("unchecked")
    private static List<String> rows(AccountListView list) {
        var grid = (com.vaadin.flow.component.grid.Grid<com.contas.account.AccountRow>)
                _get(list, com.vaadin.flow.component.grid.Grid.class);
        return com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 50).stream()
                .map(com.contas.account.AccountRow::name)
                .toList();
    }

    private AccountDrawer drawer(String tabLabel) {
        UI.getCurrent().navigate("accounts/" + acme);
        AccountDrawer drawer = _get(AccountDrawer.class);
        Tab tab = _find(drawer, Tab.class).stream()
                .filter(t -> t.getLabel().startsWith(tabLabel))
                .findFirst()
                .orElseThrow();
        _get(drawer, TabSheet.class).setSelectedTab(tab);
        return drawer;
    }

    private static Div section(Component drawer, String className) {
        return _find(drawer, Div.class).stream()
                .filter(d -> d.hasClassName(className))
                .findFirst()
                .orElseThrow();
    }

    private static <T extends Component> T field(Component parent, Class<T> type, String label) {
        return _get(parent, type, spec -> spec.withLabel(label));
    }

    private void assertRefused(HasValidation field, String expected, Map<String, Long> before) {
        assertThat(field.isInvalid()).as("marked invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(expected);
        assertThat(data.rowCounts()).as("nothing written").isEqualTo(before);
    }

    /** Text nodes only: nothing the user typed became an element. */
    private static void assertShownAsText(Component component) {
        assertThat(component
                        .getElement()
                        .getChildren()
                        .filter(e -> !e.isTextNode())
                        .toList())
                .isEmpty();
        assertThat(component.getElement().getProperty("innerHTML")).isNull();
    }
}
