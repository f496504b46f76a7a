package org.groundwork;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import java.util.List;
import org.groundwork.base.AbstractEntity;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/** The module rules of DESIGN.md and the house rules of the developers' brief, checked on the compiled code. */
class ArchitectureTest {

    private static final List<String> VIEW_ACCESS = List.of("jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll",
            "com.vaadin.flow.server.auth.AnonymousAllowed");
    private static final List<String> SERVICE_ACCESS = List.of(
            "org.springframework.security.access.prepost.PreAuthorize",
            "org.springframework.security.access.prepost.PostAuthorize");

    /** Runs before anyone is signed in (or before the session is trusted), so it cannot ask for a role. */
    private static final List<String> SIGN_IN_MACHINERY = List.of(
            "org.groundwork.security.DatabaseAuthenticationProvider", "org.groundwork.security.LoginThrottle",
            "org.groundwork.security.SessionFreshness");

    /** Internal bookkeeping no person edits, so it carries no version and no audit: named here on purpose. */
    private static final List<String> UNVERSIONED_ENTITIES = List.of("org.groundwork.security.LoginAttempt",
            "org.groundwork.security.SignInCounter", "org.groundwork.issue.PartnerNotificationSeen");

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.groundwork");

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirPublicApiAndWithoutCycles() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).check(APP);
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(APP);
    }

    @Test
    void everyRouteStatesWhoMayOpenItAndItsTitle() {
        classes().that().areAnnotatedWith(Route.class).should(haveAnyAnnotation(VIEW_ACCESS))
                .andShould(haveATitle()).check(APP);
    }

    @Test
    void everyPlainRouteInTheShellIsInTheMenu() {
        classes().that().areAnnotatedWith(Route.class).and(plainShellRoutes()).should()
                .beAnnotatedWith(Menu.class).check(APP);
    }

    @Test
    void everyPublicServiceMethodIsSecured() {
        classes().that().areAnnotatedWith(Service.class).should(haveSecuredPublicMethods()).check(APP);
    }

    @Test
    void editableEntitiesCarryTheVersionedAuditedBase() {
        classes().that().areAnnotatedWith(Entity.class).and().areNotAnnotatedWith(Immutable.class)
                .and(DescribedPredicate.describe("not internal bookkeeping",
                        (JavaClass c) -> !UNVERSIONED_ENTITIES.contains(c.getName())))
                .should().beAssignableTo(AbstractEntity.class).check(APP);
    }

    /**
     * Views are package-private like the rest of a feature's inside; only these routes are linked or opened from
     * another package, so they must be public.
     */
    private static final List<String> PUBLIC_ROUTES = List.of(
            "org.groundwork.security.ui.LoginView", // the security configuration names the sign-in page
            "org.groundwork.dashboard.ui.DashboardView"); // the home page, opened by tests of every feature;

    @Test
    void routesArePackagePrivateUnlessAnotherPackageOpensThem() {
        classes().that().areAnnotatedWith(Route.class)
                .and(DescribedPredicate.describe("not on the allow-list of routes opened from another package",
                        (JavaClass c) -> !PUBLIC_ROUTES.contains(c.getName())))
                .should().notBePublic().check(APP);
    }

    @Test
    void nothingOutsideAUiPackageDependsOnAUiPackage() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAPackage("org.groundwork..ui..")
                .because("only wiring (the security configuration naming the sign-in view) may name a view")
                .check(APP);
    }

    @Test
    void theSubPackagesOfAFeatureHaveNoCycles() {
        slices().matching("org.groundwork.(**)").should().beFreeOfCycles()
                .ignoreDependency(DescribedPredicate.describe("wiring",
                        (JavaClass c) -> c.isAnnotatedWith(Configuration.class)), DescribedPredicate.alwaysTrue())
                .check(APP);
    }

    @Test
    void everyPublicMethodOfABeanReadingBusinessDataIsSecured() {
        classes().that().areMetaAnnotatedWith(Component.class).and().resideOutsideOfPackage("..ui..")
                .and().areNotAnnotatedWith(Configuration.class).and(readBusinessData())
                .and(DescribedPredicate.describe("are not startup tasks or the sign-in machinery",
                        (JavaClass c) -> !c.isAssignableTo(ApplicationRunner.class)
                                && !SIGN_IN_MACHINERY.contains(c.getName())))
                .should(haveSecuredPublicMethods()).check(APP);
    }

    /** Beans that hold a repository or a service: they hand business data to whoever calls them. */
    private static DescribedPredicate<JavaClass> readBusinessData() {
        return DescribedPredicate.describe("read business data (through a repository or a service)",
                c -> c.getConstructors().stream().flatMap(k -> k.getRawParameterTypes().stream())
                        .anyMatch(type -> type.isAssignableTo(Repository.class)
                                || type.isAnnotatedWith(Service.class)));
    }

    private static DescribedPredicate<JavaClass> plainShellRoutes() {
        return DescribedPredicate.describe("have no parameters and use the shell", c -> {
            Route route = c.getAnnotationOfType(Route.class);
            return route.autoLayout() && !route.value().contains(":");
        });
    }

    private static ArchCondition<JavaClass> haveAnyAnnotation(List<String> names) {
        return new ArchCondition<>("be annotated with one of " + names) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean ok = names.stream().anyMatch(item::isAnnotatedWith);
                events.add(new SimpleConditionEvent(item, ok, item.getName() + " states no access rule"));
            }
        };
    }

    private static ArchCondition<JavaClass> haveATitle() {
        return new ArchCondition<>("have a @PageTitle or a dynamic title") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean ok = item.isAnnotatedWith(PageTitle.class) || item.isAssignableTo(HasDynamicTitle.class);
                events.add(new SimpleConditionEvent(item, ok, item.getName() + " has no page title"));
            }
        };
    }

    private static ArchCondition<JavaClass> haveSecuredPublicMethods() {
        return new ArchCondition<>("secure every public method (class or method level)") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                boolean classSecured = SERVICE_ACCESS.stream().anyMatch(service::isAnnotatedWith);
                for (JavaMethod method : service.getMethods()) {
                    if (method.getModifiers().contains(JavaModifier.PUBLIC) && !classSecured
                            && SERVICE_ACCESS.stream().noneMatch(method::isAnnotatedWith)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not secured"));
                    }
                }
            }
        };
    }
}
