package com.contas.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.contas.account.SavedView;
import com.contas.account.SavedViewService;
import com.contas.account.ui.board.AccountBoardView;
import com.contas.common.ValidationException;
import com.contas.security.DemoUser;
import com.contas.shell.FormDialog;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class SavedViewsTest extends KaribuTestBase {

    @Autowired
    Accounts given;

    @Autowired
    SavedViewService views;

    long me;

    @BeforeEach
    void twoAccounts() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        given.account("Acme Corp", me);
        given.account("Bruno Ltda", me);
    }

    private static MenuBar viewsMenu() {
        return _get(MenuBar.class, spec -> spec.withClasses("contas-views"));
    }

    private static TextField search() {
        return _get(_get(AccountFilterBar.class), TextField.class);
    }

    private SavedView saveFromTheMenu(String name, boolean shared, boolean asDefault) {
        ContextMenuKt._clickItemWithCaption(viewsMenu(), "Save as a view…");
        FormDialog dialog = _get(FormDialog.class);
        _get(dialog, TextField.class, spec -> spec.withLabel("Name")).setValue(name);
        _get(dialog, Checkbox.class, spec -> spec.withLabel("Share with the team"))
                .setValue(shared);
        _get(dialog, Checkbox.class, spec -> spec.withLabel("Open it by default"))
                .setValue(asDefault);
        _get(dialog, Button.class, spec -> spec.withText("Save")).click();
        return views.visible(SavedView.Screen.LIST).stream()
                .filter(v -> v.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_view_saved_on_the_list_reopens_its_filters_and_columns_from_its_address() {
        ui().navigate("accounts");
        search().setValue("acme");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("contas-columns")), "People");
        SavedView saved = saveFromTheMenu("Just Acme", false, false);
        assertThat(saved.query()).isEqualTo("q=acme");
        assertThat(saved.columns()).doesNotContain("people").contains("owner");

        ui().navigate("accounts", QueryParameters.fromString("q=bruno"));
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("contas-columns")), "People");
        assertThat(AccountScreens.visibleColumns()).contains("people");

        ui().navigate("accounts", QueryParameters.fromString("view=" + saved.id()));

        assertThat(search().getValue()).isEqualTo("acme");
        assertThat(AccountScreens.visibleColumns()).doesNotContain("people");
        assertThat(viewsMenu().getItems().get(0).getText()).contains("Just Acme");
    }

    @Test
    void the_default_view_opens_when_the_address_names_no_filter() {
        ui().navigate("accounts", QueryParameters.fromString("q=bruno"));
        SavedView saved = saveFromTheMenu("Bruno", false, true);

        ui().navigate("accounts/board");
        ui().navigate("accounts");

        assertThat(search().getValue()).isEqualTo("bruno");
        assertThat(viewsMenu().getItems().get(0).getText()).contains(saved.name());
        ui().navigate("accounts", QueryParameters.fromString("q=acme"));
        assertThat(search().getValue()).as("an address with filters wins").isEqualTo("acme");
    }

    @Test
    void a_board_view_keeps_its_own_filters() {
        ui().navigate("accounts/board", QueryParameters.fromString("owner=me"));
        views.save(SavedView.Screen.BOARD, "Mine", "owner=me&q=acme", null, false);
        SavedView mine = views.visible(SavedView.Screen.BOARD).get(0);

        ui().navigate("accounts/board", QueryParameters.fromString("view=" + mine.id()));

        assertThat(_get(AccountBoardView.class)).isNotNull();
        assertThat(search().getValue()).isEqualTo("acme");
    }

    @Test
    void a_shared_view_is_seen_by_the_team_changed_only_by_its_creator_or_an_admin() throws Exception {
        SavedView shared = views.save(SavedView.Screen.LIST, "Team", "q=acme", null, true);
        views.save(SavedView.Screen.LIST, "Private", "q=bruno", null, false);

        data.asOtherUser(DemoUser.SALES_1, () -> {
            assertThat(views.visible(SavedView.Screen.LIST))
                    .extracting(SavedView::name)
                    .containsExactly("Team");
            assertThatThrownBy(() -> views.delete(shared.id(), shared.version()))
                    .isInstanceOf(AccessDeniedException.class);
        });
        data.asOtherUser(DemoUser.ADMIN, () -> views.rename(shared.id(), shared.version(), "Team (renamed)"));
        assertThat(views.find(shared.id()).orElseThrow().name()).isEqualTo("Team (renamed)");
    }

    @Test
    void a_view_needs_a_name_of_its_own() {
        views.save(SavedView.Screen.LIST, "Mine", "q=acme", null, false);
        assertThatThrownBy(() -> views.save(SavedView.Screen.LIST, "  ", "", null, false))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> views.save(SavedView.Screen.LIST, "Mine", "q=x", null, false))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("validation.view.nameTaken")));
    }
}
