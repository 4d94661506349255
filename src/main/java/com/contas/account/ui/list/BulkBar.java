package com.contas.account.ui.list;

import com.contas.account.AccountBulkService;
import com.contas.account.AccountBulkService.Reassignment;
import com.contas.account.AccountBulkService.Target;
import com.contas.account.AccountFilter;
import com.contas.account.AccountRow;
import com.contas.activity.ActivityInput;
import com.contas.activity.ActivityType;
import com.contas.common.ValidationException;
import com.contas.security.UserSummary;
import com.contas.shell.DatePickers;
import com.contas.shell.FormDialog;
import com.contas.shell.Pickers;
import com.contas.shell.Refusals;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the accounts list offers for the rows chosen with their check boxes, or for all the filter
 * finds: reassign (with Undo), schedule the same follow-up, and download them as CSV. Every action says how many accounts
 * it will change before it does.
 */
class BulkBar extends HorizontalLayout {

    private final transient AccountBulkService bulk;
    private final Grid<AccountRow> grid;
    private final List<UserSummary> users;
    private final Long me;
    private final SerializableSupplier<AccountFilter> filter;
    private final SerializableSupplier<LocalDate> followUpDate;
    private final SerializableRunnable changed;
    private final Span chosen = new Span();
    private final Button allMatching = new Button();
    private final Button clearButton = new Button(getTranslation("bulk.clear"));
    private boolean all;
    /**
     * The accounts an export of the choice writes (null: all the filter finds), kept for the
     * download, which runs outside the session's lock.
     */
    private volatile Set<Long> exportIds = Set.of();

    BulkBar(
            AccountBulkService bulk,
            Grid<AccountRow> grid,
            List<UserSummary> users,
            Long me,
            SerializableSupplier<AccountFilter> filter,
            SerializableSupplier<LocalDate> followUpDate,
            SerializableRunnable changed) {
        this.bulk = bulk;
        this.grid = grid;
        this.users = users;
        this.me = me;
        this.filter = filter;
        this.followUpDate = followUpDate;
        this.changed = changed;
        addClassName("contas-bulk-bar");
        setAlignItems(Alignment.BASELINE);
        allMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        allMatching.addClickListener(e -> {
            all = true;
            update();
        });
        Button reassign = new Button(
                getTranslation("bulk.reassign"), e -> reassignDialog().open());
        Button followUp = new Button(
                getTranslation("bulk.followUp"), e -> followUpDialog().open());
        clearButton.addClickListener(e -> grid.deselectAll());
        clearButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(chosen, allMatching, reassign, followUp, clearButton);
        grid.addSelectionListener(e -> {
            all = false;
            update();
        });
        setVisible(false);
    }

    /** The filter changed: a choice of "all matching" no longer means the same accounts. */
    void filterChanged() {
        grid.deselectAll();
        all = false;
        update();
    }

    /** Puts the link that downloads the chosen accounts as CSV (built by the list, which knows the columns). */
    void addExport(Component export) {
        addComponentAtIndex(indexOf(clearButton), export);
    }

    /** The accounts the export link writes: the chosen ones, or null for all the filter finds. */
    Set<Long> exportIds() {
        return exportIds;
    }

    private void update() {
        int selected = grid.getSelectedItems().size();
        exportIds = all
                ? null
                : grid.getSelectedItems().stream().map(AccountRow::id).collect(Collectors.toUnmodifiableSet());
        setVisible(selected > 0);
        if (selected == 0) {
            return;
        }
        int matching = bulk.count(Target.allMatching(filter.get()));
        chosen.setText(all ? getTranslation("bulk.allChosen", matching) : getTranslation("bulk.chosen", selected));
        allMatching.setText(getTranslation("bulk.selectAll", matching));
        allMatching.setVisible(!all && matching > selected);
    }

    private Target target() {
        return all
                ? Target.allMatching(filter.get())
                : Target.chosen(
                        grid.getSelectedItems().stream().map(AccountRow::id).collect(Collectors.toSet()));
    }

    private FormDialog reassignDialog() {
        Target target = target();
        int count = bulk.count(target);
        ComboBox<UserSummary> owner = Pickers.users(getTranslation("bulk.newOwner"), users, null);
        Reassignment[] done = new Reassignment[1];
        FormDialog dialog = new FormDialog(
                getTranslation("bulk.reassignTitle", count),
                "bulk.reassignConfirm",
                () -> {
                    if (owner.getValue() == null) {
                        throw new ValidationException("ownerId", "validation.required");
                    }
                    done[0] = bulk.reassign(target, owner.getValue().id());
                },
                () -> reassigned(done[0], owner.getValue().displayName(), count));
        dialog.addContent(new Paragraph(getTranslation("bulk.reassignText", count)));
        dialog.field("ownerId", owner);
        return dialog;
    }

    /**
     * Tells how many of the {@code chosen} accounts changed owner, with Undo; the ones that already
     * had that owner are counted apart, and when none changed there is nothing to undo.
     */
    private void reassigned(Reassignment done, String ownerName, int chosen) {
        grid.deselectAll();
        changed.run();
        Notification notice = new Notification();
        notice.setDuration(10_000);
        notice.setPosition(Notification.Position.BOTTOM_START);
        int unchanged = Math.max(0, chosen - done.count());
        if (done.count() == 0) {
            notice.add(new Span(getTranslation("bulk.reassignedNone", chosen, ownerName)));
            notice.open();
            return;
        }
        Button undo = new Button(getTranslation("board.undo"), e -> {
            notice.close();
            if (Refusals.runRedrawing(this, null, () -> bulk.undo(done), changed)) {
                changed.run();
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        String text = unchanged == 0
                ? getTranslation("bulk.reassigned", done.count(), ownerName)
                : getTranslation("bulk.reassignedPartly", done.count(), ownerName, unchanged);
        notice.add(new HorizontalLayout(new Span(text), undo));
        notice.open();
    }

    private FormDialog followUpDialog() {
        Target target = target();
        int count = bulk.count(target);
        Select<ActivityType> type = new Select<>();
        type.setLabel(getTranslation("activity.form.type"));
        type.setItems(ActivityType.values());
        type.setItemLabelGenerator(t -> getTranslation("activity.type." + t));
        type.setValue(ActivityType.CALL);
        TextField subject = new TextField(getTranslation("activity.form.subject"));
        subject.setValue(getTranslation("board.followUp.defaultSubject"));
        DatePicker date = DatePickers.localized(new DatePicker(getTranslation("activity.form.date")), this);
        date.setValue(followUpDate.get());
        ComboBox<UserSummary> assignee = Pickers.users(getTranslation("activity.form.assignee"), users, me);
        int[] scheduled = new int[1];
        FormDialog dialog = new FormDialog(
                getTranslation("bulk.followUpTitle", count),
                "activity.form.schedule",
                () -> scheduled[0] = bulk.scheduleForEach(
                        target,
                        new ActivityInput(
                                type.getValue(),
                                subject.getValue(),
                                date.getValue(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                Pickers.userId(assignee))),
                () -> {
                    grid.deselectAll();
                    changed.run();
                    Notification.show(
                            getTranslation("bulk.scheduled", scheduled[0]), 5000, Notification.Position.BOTTOM_START);
                });
        dialog.addContent(new Paragraph(getTranslation("bulk.followUpText", count)));
        dialog.field("type", type);
        dialog.field("subject", subject);
        dialog.field("dueDate", date);
        dialog.field("assigneeId", assignee);
        return dialog;
    }
}
