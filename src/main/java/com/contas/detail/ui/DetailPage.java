package com.contas.detail.ui;

import com.contas.activity.ActivityService;
import com.contas.detail.DetailQueries.SectionCounts;
import com.contas.detail.DetailScope;
import com.contas.detail.DetailScope.Kind;
import com.contas.live.AccountChange;
import com.contas.live.LiveUpdates;
import com.contas.live.ui.LiveScreen;
import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.settings.SettingsService;
import com.contas.shell.RouteIds;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.io.Serializable;
import java.util.Optional;

/**
 * The own page of an organization or a person ({@code /organizations/12}, {@code /people/7}): its
 * name, the facts under it, and the same sections the account drawer shows ({@link DetailTabs}),
 * kept live while open. What differs between the two is what is read and which facts are shown.
 *
 * @param <D> what the page reads about its organization or person
 */
abstract class DetailPage<D extends Serializable> extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle, SectionContext {

    private final transient DetailSections registry;
    private final Viewer viewer;
    private final Kind kind;
    private final String notFoundTitleKey;
    private final String notFoundTextKey;
    private final String navKey;
    private final H2 title = new H2();
    private final Facts facts = new Facts();
    private DetailTabs tabs;
    private D shown;
    private SectionCounts counts;

    /**
     * @param notFoundTitleKey what the page says when the id names nothing (title, then text)
     * @param navKey           the key of the list the page belongs to, for the window title
     */
    DetailPage(
            Kind kind,
            String notFoundTitleKey,
            String notFoundTextKey,
            String navKey,
            DetailSections registry,
            UserService userService,
            ActivityService activities,
            SettingsService settings,
            CurrentUser currentUser,
            LiveUpdates live) {
        this.kind = kind;
        this.notFoundTitleKey = notFoundTitleKey;
        this.notFoundTextKey = notFoundTextKey;
        this.navKey = navKey;
        this.registry = registry;
        this.viewer = new Viewer(userService, currentUser, settings, getLocale(), activities.today());
        addClassName("contas-page");
        addClassName("contas-detail-page");
        title.addClassName("contas-page-title");
        LiveScreen.follow(this, live, change -> {
            if (shown != null && concerns(change, shown) && reread()) {
                tabs.changedElsewhere(change.actorName() == null ? getTranslation("live.someone") : change.actorName());
            }
        });
    }

    /** The organization or person, unless it is unknown or in the trash. */
    abstract Optional<D> read(long id);

    abstract long id(D what);

    abstract String name(D what);

    /** The facts under the name. */
    abstract void showFacts(D what, Facts facts);

    /** Whether a change someone else made may have changed what the page shows. */
    abstract boolean concerns(AccountChange change, D what);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.id(event).orElseThrow(NotFoundException::new);
        removeAll();
        shown = read(id).orElse(null);
        if (shown == null) {
            showNotFound();
            return;
        }
        showHeader();
        if (tabs == null) {
            tabs = new DetailTabs(registry, this, kind);
        }
        add(title, facts, tabs);
        setFlexGrow(1, tabs);
        counts = registry.counts(scope());
        tabs.showFirst(counts);
    }

    private void showHeader() {
        title.setText(name(shown));
        facts.removeAll();
        showFacts(shown, facts);
    }

    private void showNotFound() {
        removeAll();
        title.setText(getTranslation(notFoundTitleKey));
        add(title, new Paragraph(getTranslation(notFoundTextKey)));
    }

    /** Reads the header and counts again; false when the organization or person is gone (to the trash). */
    private boolean reread() {
        shown = read(id(shown)).orElse(null);
        if (shown == null) {
            showNotFound();
            return false;
        }
        showHeader();
        counts = registry.counts(scope());
        tabs.showCounts(counts);
        return true;
    }

    /** What the page shows (null when not found). */
    D shown() {
        return shown;
    }

    @Override
    public void changed(DetailSection source) {
        if (reread()) {
            tabs.changed();
        }
    }

    @Override
    public DetailScope scope() {
        return new DetailScope(kind, id(shown));
    }

    @Override
    public String name() {
        return name(shown);
    }

    @Override
    public Viewer viewer() {
        return viewer;
    }

    @Override
    public SectionCounts counts() {
        return counts;
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "" : name(shown) + " · ") + getTranslation(navKey) + " · " + getTranslation("app.name");
    }
}
