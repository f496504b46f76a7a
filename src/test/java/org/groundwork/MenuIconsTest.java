package org.groundwork;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every menu entry names a Vaadin icon that exists; a misspelt one leaves the side menu without an icon, silently. */
class MenuIconsTest {

    @Test
    void everyMenuEntryOfTheAppHasAVaadinIconThatExists() {
        List<String> icons = Arrays.stream(VaadinIcon.values())
                .map(icon -> "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        List<Class<?>> views = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.groundwork").stream().filter(type -> type.isAnnotatedWith(Menu.class))
                .<Class<?>>map(JavaClass::reflect).toList();
        assertThat(views).hasSizeGreaterThan(20);
        views.forEach(view -> assertThat(view.getAnnotation(Menu.class).icon()).as(view.getSimpleName()).isIn(icons));
    }
}
