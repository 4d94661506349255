package com.contas.detail.ui;

import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.DeletedLine;
import com.contas.detail.DetailQueries.Trashed;
import com.contas.detail.DetailScope;
import com.contas.trash.TrashService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.Duration;

/**
 * A section's "Deleted (n)" button and, opened, what of the section's notes or files the viewer
 * may take back out of the trash (their own, or what they deleted; an admin: everything), deleted in
 * the last {@link TrashService#KEEP_DAYS} days, each with Restore. So a user undoes their own
 * deletion where they made it, without the admin's trash.
 */
final class DeletedItems extends Div {

    /** Restores one item through its service. */
    @FunctionalInterface
    interface Restore extends java.io.Serializable {
        void restore(long id);
    }

    private static final int PAGE = 10;
    private static final int LABEL_LENGTH = 80;

    private final SectionContext context;
    private final Trashed kind;
    private final Restore restore;
    private final SerializableConsumer<SerializableRunnable> run;
    private final Button toggle = new Button();
    private final PagedList<DeletedLine> list;
    private final transient DetailQueries queries;
    private int count;

    /** @param run runs a user's command as the section does (refusals explained, the section reloaded) */
    DeletedItems(
            SectionContext context,
            DetailQueries queries,
            Trashed kind,
            Restore restore,
            SerializableConsumer<SerializableRunnable> run) {
        this.context = context;
        this.queries = queries;
        this.kind = kind;
        this.restore = restore;
        this.run = run;
        addClassName("contas-deleted-items");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.setIcon(VaadinIcon.TRASH.create());
        list = new PagedList<>(
                (offset, limit) -> this.queries.deleted(
                        this.kind, scope(), viewer(), context.viewer().admin(), offset, limit),
                () -> (long) count,
                this::row,
                PAGE,
                "");
        list.setVisible(false);
        toggle.addClickListener(e -> list.setVisible(!list.isVisible()));
        add(toggle, list);
    }

    /** Counts what the viewer may restore again; the list, if open, is read again too. */
    void load() {
        count = queries.deletedCount(kind, scope(), viewer(), context.viewer().admin());
        toggle.setText(getTranslation("drawer.deleted.show", count));
        setVisible(count > 0);
        if (count == 0) {
            list.setVisible(false);
        }
        list.reload();
    }

    private Component row(DeletedLine item) {
        String label =
                item.label().length() > LABEL_LENGTH ? item.label().substring(0, LABEL_LENGTH) + "…" : item.label();
        Span name = new Span(label);
        name.addClassName("contas-item-title");
        Span meta = new Span(getTranslation(
                "drawer.deleted.by",
                item.deletedByName() == null ? getTranslation("drawer.history.system") : item.deletedByName(),
                context.format().dateTime(item.deletedAt()),
                context.format().dateTime(item.deletedAt().plus(Duration.ofDays(TrashService.KEEP_DAYS)))));
        meta.addClassName("contas-item-meta");
        Div text = new Div(name, meta);
        text.addClassName("contas-item-text");
        Button back =
                new Button(getTranslation("drawer.deleted.restore"), e -> run.accept(() -> restore.restore(item.id())));
        back.addThemeVariants(ButtonVariant.LUMO_SMALL);
        back.setAriaLabel(getTranslation("drawer.deleted.restoreLabel", label));
        Div row = new Div(text, back);
        row.addClassName("contas-item");
        return row;
    }

    private DetailScope scope() {
        return context.scope();
    }

    private long viewer() {
        Long me = context.me();
        return me == null ? -1 : me;
    }
}
