package com.contas;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The layout rules of docs/architecture.md ("Packages"), checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.contas");
    }

    @Test
    void features_have_no_cycles() {
        slices().matching("com.contas.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void a_features_domain_package_is_used_only_inside_that_feature() {
        for (String feature : new String[] {
            "organization", "person", "deal", "activity", "note", "file", "currency", "settings", "history", "security"
        }) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("com.contas." + feature + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("com.contas." + feature + ".domain..")
                    .because("entities and repositories are internal to their feature")
                    .check(classes);
        }
    }

    @Test
    void views_never_touch_repositories_or_entities() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..domain..")
                .check(classes);
    }

    @Test
    void features_never_depend_on_their_views() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .doNotHaveSimpleName("SecurityConfig")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.contas..ui..")
                .because("a view depends on its feature, never the other way round")
                .check(classes);
    }

    @Test
    void the_kanban_component_depends_on_nothing_of_the_app() {
        noClasses()
                .that()
                .resideInAPackage("com.contas.kanban..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("com.contas..").and(resideOutsideOfPackage("com.contas.kanban..")))
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void public_service_methods_declare_their_transactions() {
        methods()
                .that()
                .arePublic()
                .and()
                .areNotStatic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .doNotHaveName("maxSizeBytes")
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(classes);
    }

    @Test
    void an_organizations_sections_know_nothing_of_accounts() {
        noClasses()
                .that()
                .resideInAPackage("com.contas.detail..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.contas.account..")
                .because("the account drawer and the organization page both show them, through a SectionContext")
                .check(classes);
    }

    @Test
    void each_accounts_screen_stands_alone() {
        noClasses()
                .that()
                .resideInAPackage("com.contas.account.ui.list..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.contas.account.ui.board..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("com.contas.account.ui.board..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.contas.account.ui.list..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("com.contas.account.ui")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.contas.account.ui.list..", "com.contas.account.ui.board..")
                .because("what the list and the board share lives in account.ui and knows neither")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("com.contas.account.ui.drawer..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.contas.account.ui", "com.contas.account.ui.list..", "com.contas.account.ui.board..")
                .because("the drawer is opened by the list and the board and knows neither")
                .check(classes);
    }

    @Test
    void screens_show_refusals_through_one_handler() {
        noClasses()
                .that()
                .resideInAPackage("com.contas..ui..")
                .and()
                .doNotHaveSimpleName("UiErrorHandler")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("com.contas.common.StaleVersionException")
                .because("a conflict is worded and handled once, by shell.Refusals")
                .check(classes);
    }
}
