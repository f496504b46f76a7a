package org.groundwork.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each of the plan feature's menu entries names an icon that exists, so the side menu shows one. */
class PlanMenuIconsTest {

    @Test
    void everyMenuEntryHasAVaadinIconThatExists() {
        List<String> icons = Arrays.stream(VaadinIcon.values())
                .map(icon -> "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        for (Class<?> view : List.of(PlanView.class, DriftView.class, TimesheetView.class)) {
            assertThat(view.getAnnotation(Menu.class).icon()).as(view.getSimpleName()).isIn(icons);
        }
    }
}
