package com.contas.detail.ui;

import com.contas.activity.ActivityService;
import com.contas.activity.ui.ActivityForms;
import com.contas.currency.CurrencyService;
import com.contas.customfield.CustomFieldService;
import com.contas.customfield.CustomFieldValues;
import com.contas.deal.ui.DealForms;
import com.contas.detail.DetailQueries;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.detail.DetailScope;
import com.contas.detail.DetailScope.Kind;
import com.contas.file.FileService;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationService;
import com.contas.person.PersonService;
import com.contas.person.ui.PersonForms;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The tabs of an organization's or a person's sections, each registered once: its key (the tab
 * reads {@code drawer.tab.<key>}), the count its label shows, whose pages show it, and its section,
 * built with the services that section uses and nothing else. A new tab is a constant and a case
 * here, its section class and its bundle keys.
 */
@SpringComponent
public class DetailSections {

    /** The tabs, in the order shown. */
    public enum Tab {
        ACTIVITIES(SectionCounts::activities, Kind.values()),
        NOTES(SectionCounts::notes, Kind.values()),
        FILES(SectionCounts::files, Kind.values()),
        DEALS(SectionCounts::deals, Kind.values()),
        PEOPLE(SectionCounts::people, Kind.ORGANIZATION),
        FIELDS(null, Kind.values()),
        HISTORY(null, Kind.values());

        private final ToIntFunction<SectionCounts> count;
        private final Set<Kind> kinds;

        Tab(ToIntFunction<SectionCounts> count, Kind... kinds) {
            this.count = count;
            this.kinds = Set.of(kinds);
        }

        /** The tabs an organization's or a person's sections have, in the order shown. */
        public static List<Tab> of(Kind kind) {
            return Arrays.stream(values()).filter(t -> t.kinds.contains(kind)).toList();
        }

        /** {@code activities}, {@code notes}, …: the tab's key in the bundles and for tests. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The number its label shows, or null for a tab without one. */
        public Integer count(SectionCounts counts) {
            return count == null ? null : count.applyAsInt(counts);
        }
    }

    private final DetailQueries sections;
    private final ActivityService activities;
    private final ActivityForms activityForms;
    private final NoteService notes;
    private final FileService files;
    private final PersonForms personForms;
    private final PersonService people;
    private final DealForms dealForms;
    private final OrganizationService organizations;
    private final CustomFieldService customFields;
    private final CustomFieldValues customValues;
    private final CurrencyService currencies;

    DetailSections(
            DetailQueries sections,
            ActivityService activities,
            ActivityForms activityForms,
            NoteService notes,
            FileService files,
            PersonForms personForms,
            PersonService people,
            DealForms dealForms,
            OrganizationService organizations,
            CustomFieldService customFields,
            CustomFieldValues customValues,
            CurrencyService currencies) {
        this.sections = sections;
        this.activities = activities;
        this.activityForms = activityForms;
        this.notes = notes;
        this.files = files;
        this.personForms = personForms;
        this.people = people;
        this.dealForms = dealForms;
        this.organizations = organizations;
        this.customFields = customFields;
        this.customValues = customValues;
        this.currencies = currencies;
    }

    /** One tab's section on an organization's or a person's sections ({@code kind}). */
    public DetailSection build(Tab tab, Kind kind, SectionContext context) {
        return switch (tab) {
            case ACTIVITIES -> new ActivitiesSection(context, sections, activities, activityForms);
            case NOTES -> new NotesSection(context, sections, notes);
            case FILES -> new FilesSection(context, sections, files);
            case DEALS -> new DealsSection(context, sections, dealForms);
            case PEOPLE -> new PeopleSection(context, sections, people, personForms);
            case FIELDS ->
                switch (kind) {
                    case ORGANIZATION ->
                        new FieldsSection(context, organizations, customFields, customValues, currencies);
                    case PERSON -> new PersonFieldsSection(context, people, personForms);
                };
            case HISTORY -> new HistorySection(context, sections);
        };
    }

    /** How many items each tab holds, for one organization or person (one statement). */
    public SectionCounts counts(DetailScope scope) {
        return sections.counts(scope);
    }
}
