package com.contas.activity.ui;

import static com.contas.testsupport.MutableClock.TODAY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityRow;
import com.contas.activity.ActivityService;
import com.contas.activity.ActivityType;
import com.contas.common.Option;
import com.contas.common.PageSpec;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonInput;
import com.contas.person.PersonService;
import com.contas.security.DemoUser;
import com.contas.security.UserSummary;
import com.contas.shell.FormDialog;
import com.contas.testsupport.ListViewTestBase;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ActivityListViewTest extends ListViewTestBase {

    @Autowired
    OrganizationService organizations;

    @Autowired
    ActivityService activities;

    @Autowired
    PersonService people;

    long me;
    long mariana;

    @BeforeEach
    void createActivities() {
        signIn(DemoUser.USER);
        me = data.userId(DemoUser.USER);
        mariana = data.userId(DemoUser.SALES_1);
        long acme = organizations
                .create(new OrganizationInput("Acme Corp", null, me))
                .id();
        schedule(ActivityType.CALL, "Overdue call", TODAY.minusDays(3), acme, me);
        schedule(ActivityType.MEETING, "Renewal meeting", TODAY.plusDays(5), acme, mariana);
        var done = schedule(ActivityType.CALL, "Done call", TODAY.minusDays(1), null, me);
        activities.markDone(done.id(), done.version());
        schedule(ActivityType.TASK, "Send proposal", TODAY, null, me);
        ui().navigate(ActivityListView.class);
    }

    private com.contas.activity.ActivityDetails schedule(
            ActivityType type, String subject, LocalDate due, Long org, long assignee) {
        return activities.schedule(new ActivityInput(type, subject, due, null, null, null, org, null, null, assignee));
    }

    private static ActivityListView view() {
        return _get(ActivityListView.class);
    }

    @Test
    void the_list_is_by_due_date_and_filters_by_done_overdue_type_assignee_and_dates() {
        assertThat(column(0)).containsExactly("Overdue call", "Done call", "Send proposal", "Renewal meeting");

        @SuppressWarnings("unchecked")
        Select<ActivityListView.DoneChoice> done = field(view(), Select.class, "Done");
        done.setValue(ActivityListView.DoneChoice.DONE);
        assertThat(column(0)).containsExactly("Done call");
        done.setValue(ActivityListView.DoneChoice.OPEN);
        assertThat(column(0)).containsExactly("Overdue call", "Send proposal", "Renewal meeting");
        done.setValue(null);

        field(view(), Checkbox.class, "Overdue only").setValue(true);
        assertThat(column(0)).containsExactly("Overdue call");
        field(view(), Checkbox.class, "Overdue only").setValue(false);

        @SuppressWarnings("unchecked")
        Select<ActivityType> type = field(view(), Select.class, "Type");
        type.setValue(ActivityType.CALL);
        assertThat(column(0)).containsExactly("Overdue call", "Done call");
        type.setValue(null);

        @SuppressWarnings("unchecked")
        ComboBox<UserSummary> assignee = field(view(), ComboBox.class, "Assignee");
        assignee.setValue(assignee.getListDataView()
                .getItems()
                .filter(u -> u.id() == mariana)
                .findFirst()
                .orElseThrow());
        assertThat(column(0)).containsExactly("Renewal meeting");
        assignee.setValue(null);

        field(view(), DatePicker.class, "Due from").setValue(TODAY.minusDays(1));
        field(view(), DatePicker.class, "Due until").setValue(TODAY);
        assertThat(column(0)).containsExactly("Done call", "Send proposal");
        search("PROPOSAL");
        assertThat(column(0)).containsExactly("Send proposal");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_persons_name_links_to_their_page() {
        long globex =
                organizations.create(new OrganizationInput("Globex", null, me)).id();
        long ana = people.create(new PersonInput("Ana Lima", globex, me, List.of(), List.of()))
                .id();
        activities.schedule(new ActivityInput(
                ActivityType.CALL, "Call Ana", TODAY.minusDays(10), null, null, null, globex, ana, null, me));
        view().refresh();

        Grid<ActivityRow> grid = grid();
        ActivityRow first = GridKt._get(grid, 0);
        assertThat(first.subject()).isEqualTo("Call Ana");
        LitRenderer<ActivityRow> person =
                (LitRenderer<ActivityRow>) grid.getColumns().get(5).getRenderer();
        assertThat(person.getValueProviders().get("href").apply(first)).isEqualTo("people/" + ana);
        assertThat(column(5).get(0)).isEqualTo("Ana Lima");
    }

    @Test
    void the_columns_sort_in_the_database() {
        sort("due", SortDirection.DESCENDING);
        assertThat(column(0)).containsExactly("Renewal meeting", "Send proposal", "Done call", "Overdue call");
        sort("subject", SortDirection.ASCENDING);
        assertThat(column(0)).containsExactly("Done call", "Overdue call", "Renewal meeting", "Send proposal");
        sort("type", SortDirection.ASCENDING);
        assertThat(column(1)).containsExactly("Call", "Call", "Meeting", "Task");
        sort("organization", SortDirection.ASCENDING);
        assertThat(column(4).subList(0, 2)).containsExactly("Acme Corp", "Acme Corp");
    }

    @Test
    void bad_input_is_shown_next_to_the_fields_and_nothing_is_written() {
        click(view(), "Schedule activity");
        FormDialog form = _get(FormDialog.class);
        field(form, IntegerField.class, "Duration (minutes)").setValue(20000);
        var before = data.rowCounts();
        click(form, "Schedule");
        assertThat(field(form, TextField.class, "Subject").getErrorMessage()).isEqualTo("Required");
        assertThat(field(form, DatePicker.class, "Date").getErrorMessage()).isEqualTo("Required");
        assertThat(field(form, IntegerField.class, "Duration (minutes)").getErrorMessage())
                .isEqualTo("Must be between 0 and 10,080");
        assertThat(data.rowCounts()).isEqualTo(before);
    }

    @Test
    void the_person_and_deal_pickers_offer_those_of_the_chosen_organization() {
        long globex =
                organizations.create(new OrganizationInput("Globex", null, me)).id();
        long acme = organizations
                .options("Acme", new PageSpec(0, 1, null, true))
                .get(0)
                .id();
        people.create(new PersonInput("Ana Acme", acme, me, List.of(), List.of()));
        people.create(new PersonInput("Gil Globex", globex, me, List.of(), List.of()));
        click(view(), "Schedule activity");
        FormDialog form = _get(FormDialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<Option> person = field(form, ComboBox.class, "Person");
        assertThat(ComboBoxKt.getSuggestions(person)).contains("Ana Acme (Acme Corp)", "Gil Globex (Globex)");

        @SuppressWarnings("unchecked")
        ComboBox<Option> organization = field(form, ComboBox.class, "Organization");
        organization.setValue(new Option(globex, "Globex"));

        assertThat(ComboBoxKt.getSuggestions(person)).containsExactly("Gil Globex (Globex)");
    }

    @Test
    void an_activity_is_rescheduled_and_marked_done_from_its_form() {
        FormDialog form = openRow("Send proposal");
        field(form, DatePicker.class, "Date").setValue(TODAY.plusDays(30));
        click(form, "Save");
        assertThat(column(0)).containsExactly("Overdue call", "Done call", "Renewal meeting", "Send proposal");

        click(openRow("Overdue call"), "Mark done");
        field(view(), Checkbox.class, "Overdue only").setValue(true);
        assertThat(column(0)).isEmpty();
    }
}
