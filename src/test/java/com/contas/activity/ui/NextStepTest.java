package com.contas.activity.ui;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.account.AccountBucket;
import com.contas.account.AccountRow;
import com.contas.account.ui.AccountScreens;
import com.contas.account.ui.drawer.AccountDrawer;
import com.contas.activity.ActivityDetails;
import com.contas.activity.ActivityFilter;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.common.PageSpec;
import com.contas.kanban.KanbanBrowser;
import com.contas.security.DemoUser;
import com.contas.shell.FormDialog;
import com.contas.testsupport.Accounts;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.Screen;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Completing an activity offers the next step; a change that leaves an account with nothing planned says so. */
class NextStepTest extends KaribuTestBase {

    @Autowired
    Accounts given;

    @Autowired
    ActivityService activities;

    long me;
    long acme;
    ActivityDetails call;

    @BeforeEach
    void anAccountWithOneOpenCall() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        acme = given.account("Acme Corp", me);
        call = given.call(acme, "Satisfaction call", TODAY.minusDays(1), me);
    }

    private List<ActivityRow> open() {
        return activities.list(new ActivityFilter(null, false, false, null, null, null, null), PageSpec.first(50));
    }

    private static Button button(com.vaadin.flow.component.Component parent, String caption) {
        return _get(parent, Button.class, spec -> spec.withText(caption));
    }

    private static FormDialog nextStepForm() {
        return _get(FormDialog.class);
    }

    @Test
    void marking_an_activity_done_in_the_drawer_offers_the_next_step_prefilled_and_schedules_it() {
        UI.getCurrent().navigate("accounts/" + acme);
        Div list = _get(_get(AccountDrawer.class), Div.class, spec -> spec.withClasses("contas-drawer-activities"));
        _get(list, Checkbox.class).setValue(true);

        FormDialog form = nextStepForm();
        assertThat(form.getHeaderTitle()).isEqualTo("Next step with Acme Corp");
        assertThat(_get(form, TextField.class, spec -> spec.withLabel("Subject"))
                        .getValue())
                .isEqualTo("Satisfaction call");
        assertThat(_get(form, Select.class, spec -> spec.withLabel("Type")).getValue())
                .isEqualTo(ActivityType.CALL);
        assertThat(_get(form, DatePicker.class, spec -> spec.withLabel("Date")).getValue())
                .isEqualTo(TODAY.plusDays(7));
        assertThat(((ComboBox<?>) _get(form, ComboBox.class, spec -> spec.withLabel("Assignee"))).getValue())
                .isNotNull();

        _get(form, TextField.class, spec -> spec.withLabel("Subject")).setValue("Renewal talk");
        button(form, "Schedule").click();

        assertThat(open()).singleElement().satisfies(a -> {
            assertThat(a.subject()).isEqualTo("Renewal talk");
            assertThat(a.dueDate()).isEqualTo(TODAY.plusDays(7));
            assertThat(a.organizationId()).isEqualTo(acme);
            assertThat(a.assigneeId()).isEqualTo(me);
        });
        assertThat(Screen.visibleText(list)).contains("Renewal talk");
    }

    @Test
    void skipping_the_next_step_of_the_last_open_activity_says_the_account_has_nothing_planned() {
        UI.getCurrent().navigate("accounts/" + acme);
        Div list = _get(_get(AccountDrawer.class), Div.class, spec -> spec.withClasses("contas-drawer-activities"));
        _get(list, Checkbox.class).setValue(true);

        button(nextStepForm(), "Skip").click();

        assertThat(_find(FormDialog.class)).isEmpty();
        assertThat(open()).isEmpty();
        assertThat(Screen.notifications())
                .anySatisfy(n -> assertThat(n)
                        .contains("Acme Corp has no open activity.")
                        .contains("Schedule follow-up"));
    }

    @Test
    void with_the_prompt_off_completing_the_last_activity_offers_a_follow_up_from_the_notice() {
        data.updateSettings("next_step_prompt = false, follow_up_days = 3");
        UI.getCurrent().navigate("activities");
        Grid<ActivityRow> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0);
        button(_get(FormDialog.class), "Mark done").click();

        assertThat(_find(FormDialog.class)).isEmpty();
        assertThat(Screen.notifications()).anySatisfy(n -> assertThat(n).contains("Acme Corp has no open activity."));

        _get(Button.class, spec -> spec.withText("Schedule follow-up")).click();
        FormDialog followUp = _get(FormDialog.class);
        assertThat(_get(followUp, DatePicker.class, spec -> spec.withLabel("Date"))
                        .getValue())
                .isEqualTo(TODAY.plusDays(3));
        button(followUp, "Schedule").click();
        assertThat(open())
                .singleElement()
                .satisfies(a -> assertThat(a.organizationId()).isEqualTo(acme));
    }

    @Test
    void a_second_open_activity_means_no_notice_after_skipping() {
        given.call(acme, "Quarterly review", TODAY.plusDays(20), me);
        UI.getCurrent().navigate("activities");
        Grid<ActivityRow> grid = _get(Grid.class);
        GridKt._clickItem(grid, 0);
        button(_get(FormDialog.class), "Mark done").click();

        button(nextStepForm(), "Skip").click();

        assertThat(Screen.notifications()).noneSatisfy(n -> assertThat(n).contains("no open activity"));
    }

    @Test
    void done_on_a_board_card_completes_its_next_activity_moves_the_card_and_offers_the_next_step() {
        UI.getCurrent().navigate("accounts/board");
        var board = AccountScreens.board();
        AccountRow card = board.getItems(AccountBucket.OVERDUE).get(0);
        assertThat(card.id()).isEqualTo(acme);

        KanbanBrowser.clickAction(board, card, "done");

        assertThat(activities.get(call.id()).done()).isTrue();
        assertThat(board.getItems(AccountBucket.OVERDUE)).isEmpty();
        assertThat(board.getItems(AccountBucket.NO_ACTIVITY))
                .extracting(AccountRow::id)
                .containsExactly(acme);
        button(nextStepForm(), "Schedule").click();

        assertThat(board.getItems(AccountBucket.NO_ACTIVITY)).isEmpty();
        // Wed 11 Mar + 7 days, weeks starting on Monday: next week.
        assertThat(board.columnOf(card)).contains(AccountBucket.NEXT_WEEK);
        assertThat(open())
                .singleElement()
                .satisfies(a -> assertThat(a.dueDate()).isEqualTo(TODAY.plusDays(7)));
    }

    @Test
    void a_card_shows_its_done_button_with_an_accessible_name() {
        UI.getCurrent().navigate("accounts/board");
        var board = AccountScreens.board();
        AccountRow card = board.getItems(AccountBucket.OVERDUE).get(0);
        var button = board.getCard(card)
                .orElseThrow()
                .getElement()
                .getChildren()
                .filter(e -> "done".equals(e.getAttribute("data-kanban-action")))
                .findFirst()
                .orElseThrow();
        assertThat(button.getText()).isEqualTo("Done");
        assertThat(button.getAttribute("aria-label")).isEqualTo("Mark \"Satisfaction call\" with Acme Corp as done");
    }
}
