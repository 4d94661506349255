package com.contas.account.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountQueries;
import com.contas.account.AccountRow;
import com.contas.security.DemoUser;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BulkBarTest extends KaribuTestBase {

    @Autowired
    Accounts given;

    @Autowired
    AccountQueries accounts;

    long me;
    long mariana;
    long acme;
    long bruno;
    long caju;

    @BeforeEach
    void threeAccounts() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        mariana = data.userId(DemoUser.SALES_1);
        acme = given.account("Acme Corp", me);
        bruno = given.account("Bruno Ltda", me);
        caju = given.account("Caju SA", me);
        ui().navigate("accounts");
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountRow> grid() {
        return _get(Grid.class, spec -> spec.withClasses("contas-accounts"));
    }

    private static BulkBar bar() {
        return _get(BulkBar.class);
    }

    private static Button button(com.vaadin.flow.component.Component in, String text) {
        return _get(in, Button.class, spec -> spec.withText(text));
    }

    private long owner(long id) {
        return accounts.row(id).orElseThrow().ownerId();
    }

    @SuppressWarnings("unchecked")
    private void reassignTo(DemoUser user) {
        button(bar(), "Reassign…").click();
        FormDialog dialog = _get(FormDialog.class);
        ComboBox<UserSummary> owner = _get(dialog, ComboBox.class, spec -> spec.withLabel("New owner"));
        owner.setValue(owner.getListDataView()
                .getItems()
                .filter(u -> u.id() == data.userId(user))
                .findFirst()
                .orElseThrow());
        button(dialog, "Reassign").click();
    }

    @Test
    void the_bar_shows_when_rows_are_chosen_and_says_how_many() {
        assertThat(_find(BulkBar.class)).isEmpty();
        grid().select(GridKt._get(grid(), 0));
        grid().select(GridKt._get(grid(), 1));

        assertThat(Screen.visibleText(bar())).contains("2 chosen").contains("Choose all 3 matching");
    }

    @Test
    void the_chosen_accounts_or_all_matching_download_as_csv() {
        grid().select(GridKt._get(grid(), 0));
        grid().select(GridKt._get(grid(), 1));
        Anchor export = _get(bar(), Anchor.class, spec -> spec.withText("Export to CSV"));

        String chosen = new String(DownloadKt._download(export), StandardCharsets.UTF_8);
        assertThat(chosen).contains("Acme Corp", "Bruno Ltda").doesNotContain("Caju SA");
        assertThat(chosen.lines()).hasSize(3); // the header and two rows

        button(bar(), "Choose all 3 matching").click();
        String all = new String(DownloadKt._download(export), StandardCharsets.UTF_8);
        assertThat(all).contains("Acme Corp", "Bruno Ltda", "Caju SA");
    }

    @Test
    void two_chosen_accounts_are_reassigned_after_a_confirmation_with_the_count_and_undo_puts_them_back() {
        grid().select(GridKt._get(grid(), 0));
        grid().select(GridKt._get(grid(), 1));
        button(bar(), "Reassign…").click();
        assertThat(_get(FormDialog.class).getHeaderTitle()).isEqualTo("Reassign 2 accounts");
        _get(FormDialog.class).close();

        reassignTo(DemoUser.SALES_1);

        assertThat(owner(acme)).isEqualTo(mariana);
        assertThat(owner(bruno)).isEqualTo(mariana);
        assertThat(owner(caju)).isEqualTo(me);
        assertThat(grid().getSelectedItems()).isEmpty();
        Notification notice = NotificationsKt.getNotifications().get(0);
        assertThat(Screen.notifications()).anySatisfy(n -> assertThat(n).contains("2 accounts reassigned to"));

        _get(notice, Button.class, spec -> spec.withText("Undo")).click();
        assertThat(owner(acme)).isEqualTo(me);
        assertThat(owner(bruno)).isEqualTo(me);
    }

    @Test
    void accounts_that_already_have_the_new_owner_are_counted_apart_in_the_notice() {
        grid().select(GridKt._get(grid(), 0));
        reassignTo(DemoUser.SALES_1);
        NotificationsKt.getNotifications().forEach(Notification::close);

        grid().select(GridKt._get(grid(), 0));
        button(bar(), "Choose all 3 matching").click();
        reassignTo(DemoUser.SALES_1);

        assertThat(Screen.notifications())
                .anySatisfy(
                        n -> assertThat(n).contains("2 accounts reassigned to").contains("1 already had that owner"));
        assertThat(owner(acme)).isEqualTo(mariana);
        assertThat(owner(bruno)).isEqualTo(mariana);
        assertThat(owner(caju)).isEqualTo(mariana);
    }

    @Test
    void reassigning_to_the_owner_they_all_have_says_nothing_changed_and_offers_no_undo() {
        grid().select(GridKt._get(grid(), 0));
        button(bar(), "Choose all 3 matching").click();
        reassignTo(DemoUser.USER);

        assertThat(Screen.notifications())
                .anySatisfy(n ->
                        assertThat(n).contains("All 3 accounts already have").contains("nothing changed"));
        Notification notice = NotificationsKt.getNotifications().get(0);
        assertThat(_find(notice, Button.class, spec -> spec.withText("Undo"))).isEmpty();
    }

    @Test
    void all_accounts_matching_the_filter_can_be_chosen_at_once() {
        grid().select(GridKt._get(grid(), 0));
        button(bar(), "Choose all 3 matching").click();
        assertThat(Screen.visibleText(bar())).contains("All 3 accounts matching the filters chosen");

        reassignTo(DemoUser.SALES_1);

        assertThat(owner(acme)).isEqualTo(mariana);
        assertThat(owner(bruno)).isEqualTo(mariana);
        assertThat(owner(caju)).isEqualTo(mariana);
    }
}
