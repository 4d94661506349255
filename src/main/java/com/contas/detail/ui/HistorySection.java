package com.contas.detail.ui;

import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.detail.DetailQueries.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Change records, done activities and notes of the account in one timeline, newest first. */
class HistorySection extends ListSection<TimelineEntry> {

    static final int PAGE = 30;
    private static final int NOTE_PREVIEW = 200;

    HistorySection(SectionContext drawer, DetailQueries sections) {
        super(
                drawer,
                "contas-drawer-history",
                sections,
                DetailQueries::timeline,
                SectionCounts::history,
                PAGE,
                "drawer.history.empty");
        add(list);
    }

    @Override
    Component row(TimelineEntry entry) {
        String who = entry.userName() == null ? getTranslation("drawer.history.system") : entry.userName();
        Span what = new Span(
                switch (entry.kind()) {
                    case CHANGE ->
                        getTranslation(
                                "drawer.history.change",
                                who,
                                getTranslation("entity." + entry.title()),
                                DetailFormat.historyField(this, entry.field()));
                    case ACTIVITY ->
                        getTranslation(
                                "drawer.history.activity",
                                who,
                                getTranslation("activity.type." + entry.field()),
                                entry.title());
                    case NOTE -> getTranslation("drawer.history.note", who);
                });
        what.addClassName("contas-item-title");
        Span when = new Span(drawer.format().dateTime(entry.at()));
        when.addClassName("contas-item-meta");
        Div row = new Div(what, when);
        if (entry.kind() == TimelineEntry.Kind.CHANGE) {
            Span change = new Span((entry.oldValue() == null ? "—" : entry.oldValue()) + " → "
                    + (entry.newValue() == null ? "—" : entry.newValue()));
            change.addClassName("contas-history-change");
            row.add(change);
        } else if (entry.kind() == TimelineEntry.Kind.NOTE) {
            String text = entry.title().length() > NOTE_PREVIEW
                    ? entry.title().substring(0, NOTE_PREVIEW) + "…"
                    : entry.title();
            row.add(PlainText.of(text));
        }
        row.addClassName("contas-item");
        row.addClassName("contas-history-" + entry.kind().name().toLowerCase(Locale.ROOT));
        return row;
    }
}
