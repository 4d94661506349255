package com.contas.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.contas.account.ui.list.AccountListView;
import com.contas.file.FileDetails;
import com.contas.file.FileService;
import com.contas.link.Links;
import com.contas.note.NoteDetails;
import com.contas.note.NoteService;
import com.contas.organization.OrganizationInput;
import com.contas.organization.OrganizationService;
import com.contas.security.ui.LoginView;
import com.contas.shell.AccessDeniedView;
import com.contas.shell.HomeView;
import com.contas.shell.NotFoundView;
import com.contas.testsupport.KaribuTestBase;
import com.contas.testsupport.MockUi;
import com.contas.testsupport.Screen;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Who may open which screen and call which admin method. Routes and guarded methods are found by
 * reflection, so a new screen or admin method joins the matrix by itself; the expectation comes from
 * the design: the login page is open, {@code admin/...} is for administrators, everything else for
 * any signed-in user, and a deactivated user never gets signed in. Notes and files are a matrix of
 * their own: who may edit, pin, delete and restore what another user wrote or uploaded.
 */
class AccessMatrixTest extends KaribuTestBase {

    enum Who {
        ANONYMOUS,
        USER,
        ADMIN,
        DEACTIVATED,
        /** Signed in as an admin, then demoted by another admin: from the next request on, a user. */
        DEMOTED_ADMIN
    }

    enum Outcome {
        SHOWN,
        LOGIN_PAGE,
        ACCESS_DENIED_PAGE
    }

    private static final String BASE_PACKAGE = "com.contas";
    private static int rowsRun;
    private static int ownershipRowsRun;

    @Autowired
    OrganizationService organizations;

    @Autowired
    NoteService notes;

    @Autowired
    FileService files;

    @Autowired
    AuthenticationConfiguration authentication;

    /** Every {@code @Route} view, with a URL that opens it (optional parameters left out, ids given). */
    static List<Class<?>> routedViews() {
        return scan(new AnnotationTypeFilter(Route.class)).stream()
                .sorted(Comparator.comparing(AccessMatrixTest::url))
                .toList();
    }

    /** Every public method Spring Security guards with {@code @PreAuthorize}, on the class or the method. */
    static List<Method> guardedMethods() {
        List<Method> methods = new ArrayList<>();
        for (Class<?> type : scan(new AnnotationTypeFilter(Component.class))) {
            boolean classGuarded = AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class);
            Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .filter(m -> classGuarded || AnnotatedElementUtils.hasAnnotation(m, PreAuthorize.class))
                    .sorted(Comparator.comparing(AccessMatrixTest::name))
                    .forEach(methods::add);
        }
        return methods;
    }

    static Stream<Arguments> routeMatrix() {
        return routedViews().stream()
                .flatMap(view -> Arrays.stream(Who.values()).map(who -> Arguments.of(url(view), view, who)));
    }

    static Stream<Arguments> methodMatrix() {
        return guardedMethods().stream()
                .flatMap(method -> Arrays.stream(Who.values()).map(who -> Arguments.of(name(method), method, who)));
    }

    @AfterAll
    static void printTheMatrixSize() {
        int roles = Who.values().length;
        int routes = routedViews().size();
        int methods = guardedMethods().size();
        long impossible = impossibleIds().count();
        System.out.printf(
                "Access matrix: %d routes x %d roles + %d admin methods x %d roles + %d impossible ids in routes"
                        + " = %d cases (%d run)%n",
                routes, roles, methods, roles, impossible, (routes + methods) * roles + impossible, rowsRun);
        System.out.printf(
                "Ownership matrix: %d actions x %d actors = %d cases (%d run)%n",
                Action.values().length,
                Actor.values().length,
                Action.values().length * Actor.values().length,
                ownershipRowsRun);
    }

    /** The design, as a rule: so a new route needs no new line here to be checked. */
    private static Outcome designedOutcome(String url, Who who) {
        if (url.equals("login")) {
            return Outcome.SHOWN;
        }
        if (who == Who.ANONYMOUS || who == Who.DEACTIVATED) {
            return Outcome.LOGIN_PAGE;
        }
        boolean adminRoute = url.equals("admin") || url.startsWith("admin/");
        return adminRoute && who != Who.ADMIN ? Outcome.ACCESS_DENIED_PAGE : Outcome.SHOWN;
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("routeMatrix")
    void every_route_is_shown_or_refused_as_designed(String url, Class<?> view, Who who) {
        rowsRun++;
        become(who);
        ui().navigate(url);

        Outcome expected = designedOutcome(url, who);
        Class<?> shown =
                ui().getInternals().getActiveRouterTargetsChain().get(0).getClass();
        Class<?> expectedView = switch (expected) {
            case LOGIN_PAGE -> LoginView.class;
            case ACCESS_DENIED_PAGE -> AccessDeniedView.class;
            // The root address only forwards to the accounts.
            case SHOWN -> view == HomeView.class ? AccountListView.class : view;
        };
        assertThat(shown).as("%s as %s", url, who).isEqualTo(expectedView);
    }

    /** Ids no row can have: too large for a long, negative, not a number. */
    static final List<String> IMPOSSIBLE_IDS =
            List.of("99999999999999999999", "9223372036854775808", "-1", "abc", "1e3", "1.5", "0x10");

    /**
     * Every route that takes an id (a {@code :id} in its template, or a {@code HasUrlParameter}),
     * with each impossible id in its place: found by reflection, so a new route joins by itself.
     */
    static Stream<Arguments> impossibleIds() {
        return routedViews().stream()
                .filter(view -> view.getAnnotation(Route.class).value().contains(":")
                        || HasUrlParameter.class.isAssignableFrom(view))
                .flatMap(view -> IMPOSSIBLE_IDS.stream().map(id -> Arguments.of(withId(view, id), view)));
    }

    private static String withId(Class<?> view, String id) {
        String template = view.getAnnotation(Route.class).value();
        if (!template.contains(":")) {
            return template + "/" + id;
        }
        return Arrays.stream(template.split("/"))
                .map(segment -> segment.startsWith(":") ? id : segment)
                .collect(Collectors.joining("/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleIds")
    void an_address_with_an_id_no_row_can_have_shows_page_not_found(String url, Class<?> view) {
        rowsRun++;
        become(Who.USER);
        MockUi.load(url);

        HasElement shown = ui().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(shown).as(url).isInstanceOf(NotFoundView.class);
        assertThat(shown.getElement().getTextRecursively() + String.join(" ", Screen.notifications()))
                .doesNotContain("Exception")
                .doesNotContain("For input string");
    }

    @ParameterizedTest(name = "{0} as {2}")
    @MethodSource("methodMatrix")
    void every_admin_method_refuses_everybody_but_an_admin(String name, Method method, Who who) throws Exception {
        rowsRun++;
        become(who);
        Object service = context.getBean(method.getDeclaringClass());

        Throwable thrown = unwrap(catchThrowable(() -> method.invoke(service, placeholderArguments(method))));

        if (who == Who.ADMIN) {
            // Placeholder arguments may well be refused by validation; only the guard matters here.
            if (thrown != null) {
                assertThat(thrown)
                        .as(name)
                        .isNotInstanceOfAny(
                                AccessDeniedException.class,
                                AuthenticationException.class,
                                IllegalArgumentException.class);
            }
        } else {
            assertThat(thrown).as(name).isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
    }

    @Test
    void the_admin_only_methods_are_the_designed_ones() {
        Set<String> guarded =
                guardedMethods().stream().map(AccessMatrixTest::name).collect(Collectors.toCollection(TreeSet::new));
        assertThat(guarded)
                .containsExactlyInAnyOrder(
                        "CurrencyService.addRate",
                        "CurrencyService.countRates",
                        "CurrencyService.deleteRate",
                        "CurrencyService.rates",
                        "CustomFieldService.allFields",
                        "CustomFieldService.create",
                        "CustomFieldService.move",
                        "CustomFieldService.setArchived",
                        "CustomFieldService.update",
                        "HistoryService.count",
                        "HistoryService.list",
                        "SettingsService.update",
                        "TrashService.count",
                        "TrashService.list",
                        "UserAdminService.count",
                        "UserAdminService.create",
                        "UserAdminService.list",
                        "UserAdminService.resetPassword",
                        "UserAdminService.setActive",
                        "UserAdminService.unlockSignIn",
                        "UserAdminService.update");
    }

    @Test
    void a_deactivated_user_is_refused_at_sign_in_with_the_right_password() {
        data.jdbc().update("update app_user set active = false where username = ?", DemoUser.SALES_1.username());
        assertThatThrownBy(() -> authentication
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                DemoUser.SALES_1.username(), DemoUser.SALES_1.password())))
                .isInstanceOf(DisabledException.class);
    }

    /** Who acts on a note or file that USER wrote or uploaded. */
    enum Actor {
        AUTHOR(DemoUser.USER),
        COLLEAGUE(DemoUser.SALES_1),
        ADMIN(DemoUser.ADMIN);

        final DemoUser user;

        Actor(DemoUser user) {
            this.user = user;
        }
    }

    /** What they do to it; a restore is of what its author (a note) or an admin (a file) deleted. */
    enum Action {
        EDIT_NOTE,
        PIN_NOTE,
        DELETE_NOTE,
        RESTORE_NOTE,
        DELETE_FILE,
        RESTORE_FILE
    }

    /**
     * The design: pinning arranges the team's view and is anybody's; a note's text and the note or
     * file itself are their author's, and an admin's; what is in the trash comes back for its author,
     * whoever deleted it, or an admin.
     */
    private static boolean designedToAllow(Action action, Actor actor) {
        return switch (action) {
            case PIN_NOTE -> true;
            case EDIT_NOTE, DELETE_NOTE, RESTORE_NOTE, DELETE_FILE, RESTORE_FILE -> actor != Actor.COLLEAGUE;
        };
    }

    static Stream<Arguments> ownershipMatrix() {
        return Arrays.stream(Action.values())
                .flatMap(action -> Arrays.stream(Actor.values()).map(actor -> Arguments.of(action, actor)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("ownershipMatrix")
    void notes_and_files_are_changed_deleted_and_restored_as_designed(Action action, Actor actor) {
        ownershipRowsRun++;
        signIn(DemoUser.USER);
        long me = data.userId(DemoUser.USER);
        long org = organizations.create(new OrganizationInput("Acme", null, me)).id();
        NoteDetails note = notes.add("Written by its author", new Links(org, null, null));
        FileDetails file = files.upload(
                "author.txt", "text/plain", new ByteArrayInputStream(new byte[] {1}), new Links(org, null, null));
        if (action == Action.RESTORE_NOTE) {
            notes.delete(note.id(), note.version());
        }
        if (action == Action.RESTORE_FILE) {
            signIn(DemoUser.ADMIN);
            files.delete(file.id(), file.version());
        }
        Map<String, Long> before = data.rowCounts();
        String noteBefore = noteState(note.id());
        String fileBefore = fileState(file.id());
        signIn(actor.user);

        Throwable thrown = catchThrowable(() -> {
            switch (action) {
                case EDIT_NOTE -> notes.edit(note.id(), note.version(), "Rewritten");
                case PIN_NOTE -> notes.setPinned(note.id(), note.version(), true);
                case DELETE_NOTE -> notes.delete(note.id(), note.version());
                case RESTORE_NOTE -> notes.restore(note.id());
                case DELETE_FILE -> files.delete(file.id(), file.version());
                case RESTORE_FILE -> files.restore(file.id());
            }
        });

        if (designedToAllow(action, actor)) {
            assertThat(thrown).as("%s as %s", action, actor).isNull();
            assertThat(noteState(note.id()) + fileState(file.id())).isNotEqualTo(noteBefore + fileBefore);
        } else {
            assertThat(thrown).as("%s as %s", action, actor).isInstanceOf(AccessDeniedException.class);
            assertThat(noteState(note.id())).isEqualTo(noteBefore);
            assertThat(fileState(file.id())).isEqualTo(fileBefore);
            assertThat(data.rowCounts()).isEqualTo(before);
        }
    }

    private String noteState(long id) {
        return data.jdbc()
                .queryForObject(
                        "select concat(body, '|', pinned, '|', deleted_at, '|', version) from note where id = ?",
                        String.class,
                        id);
    }

    private String fileState(long id) {
        return data.jdbc()
                .queryForObject(
                        "select concat(name, '|', deleted_at, '|', version) from stored_file where id = ?",
                        String.class,
                        id);
    }

    /** Signs in as the real sign-in would; a deactivated user's attempt fails and leaves them anonymous. */
    private void become(Who who) {
        SecurityContextHolder.clearContext();
        switch (who) {
            case ANONYMOUS -> {}
            case USER -> signIn(DemoUser.USER);
            case ADMIN -> signIn(DemoUser.ADMIN);
            case DEACTIVATED -> {
                data.jdbc()
                        .update("update app_user set active = false where username = ?", DemoUser.SALES_1.username());
                Throwable refused = catchThrowable(() -> {
                    var result = authentication
                            .getAuthenticationManager()
                            .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                    DemoUser.SALES_1.username(), DemoUser.SALES_1.password()));
                    SecurityContextHolder.getContext().setAuthentication(result);
                });
                assertThat(refused).isInstanceOf(DisabledException.class);
            }
            case DEMOTED_ADMIN -> {
                signIn(DemoUser.ADMIN);
                data.jdbc().update("update app_user set role = 'USER' where username = ?", DemoUser.ADMIN.username());
                // What the next request's security filter does before anything else runs.
                var next = context.getBean(SignedInUserCheck.class)
                        .recheck(SecurityContextHolder.getContext().getAuthentication())
                        .orElseThrow();
                SecurityContextHolder.getContext().setAuthentication(next);
            }
        }
    }

    private static Object[] placeholderArguments(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(AccessMatrixTest::placeholder)
                .toArray();
    }

    private static Object placeholder(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        assertThat(type.isPrimitive()).as("a placeholder for %s", type).isFalse();
        return null;
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof InvocationTargetException ite ? ite.getTargetException() : t;
    }

    private static String url(Class<?> view) {
        String template = view.getAnnotation(Route.class).value();
        // Optional parameters left out; a required one (an id) given as 1.
        return Arrays.stream(template.split("/"))
                .filter(segment -> !segment.startsWith(":") || !isOptional(segment))
                .map(segment -> segment.startsWith(":") ? "1" : segment)
                .collect(Collectors.joining("/"));
    }

    private static boolean isOptional(String parameter) {
        return parameter.endsWith("?") || parameter.endsWith("*");
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static List<Class<?>> scan(AnnotationTypeFilter filter) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(filter);
        return scanner.findCandidateComponents(BASE_PACKAGE).stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
                .filter(type -> !type.getName().contains(".e2e.")
                        && type.getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .getPath()
                                .contains("/classes/"))
                .collect(Collectors.toList());
    }
}
