package com.contas.detail.ui;

import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.detail.DetailScope.Kind;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organization's or a person's sections as tabs, each label with its count: what the account
 * drawer, the organization page and the person page show, written once. A section loads when its
 * tab is first shown and again after a change, and one the user is typing in keeps the text when
 * someone else changes what it shows.
 */
public class DetailTabs extends TabSheet {

    private final Map<Tab, DetailSection> sectionsByTab = new LinkedHashMap<>();
    private final Map<Tab, DetailSections.Tab> keys = new LinkedHashMap<>();
    private boolean showing;

    /** The tabs of {@code kind}'s sections (an organization's or a person's), which {@code context} shows. */
    public DetailTabs(DetailSections registry, SectionContext context, Kind kind) {
        addClassName("contas-drawer-tabs");
        for (DetailSections.Tab key : DetailSections.Tab.of(kind)) {
            DetailSection section = registry.build(key, kind, context);
            Tab tab = add(getTranslation("drawer.tab." + key.key()), section);
            sectionsByTab.put(tab, section);
            keys.put(tab, key);
        }
        addSelectedChangeListener(e -> {
            DetailSection section = sectionsByTab.get(e.getSelectedTab());
            if (section != null && showing) {
                section.shown();
            }
        });
    }

    /** Shows a (new) organization or person from its first tab: every section reads it again when shown. */
    public void showFirst(SectionCounts counts) {
        showing = true;
        sectionsByTab.values().forEach(s -> s.invalidate(false));
        setSelectedIndex(0);
        showCounts(counts);
        onScreen().invalidate(true);
    }

    /** Nothing is shown (the drawer closed): no tab loads on selection. */
    public void stopShowing() {
        showing = false;
    }

    /** The tab labels with how many items each holds. */
    public void showCounts(SectionCounts counts) {
        keys.forEach((tab, key) -> {
            Integer n = key.count(counts);
            tab.setLabel(getTranslation("drawer.tab." + key.key()) + (n == null ? "" : " (" + n + ")"));
        });
    }

    /** A section wrote something: the one on screen shows the new state, the others reload when shown. */
    public void changed() {
        DetailSection current = onScreen();
        sectionsByTab.values().forEach(section -> section.invalidate(section == current));
    }

    /** Someone else changed what is shown: sections reload, except where the user is typing. */
    public void changedElsewhere(String who) {
        DetailSection current = onScreen();
        sectionsByTab.values().forEach(section -> section.changedElsewhere(section == current, who));
    }

    /** Selects a tab by its key (activities, notes, files, deals, people, fields, history). */
    public void select(String key) {
        keys.forEach((tab, k) -> {
            if (k.key().equals(key)) {
                setSelectedTab(tab);
            }
        });
    }

    private DetailSection onScreen() {
        return sectionsByTab.get(getSelectedTab());
    }
}
