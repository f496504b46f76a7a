package org.groundwork.business.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.SearchHit;
import org.groundwork.business.TestNames;
import org.groundwork.dashboard.ui.DashboardView;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class GlobalSearchBoxTest extends ViewTestBase {

    @Autowired
    BusinessService businesses;

    private final String tag = "Sb" + TestNames.letters(8);

    @Test
    void typingListsMatchesAndTheKeyboardMovesThroughThemAndCloses() {
        signIn("search-box-staff", Role.STAFF);
        save(tag + " Bakery");
        save(tag + " Brewery");
        navigate(DashboardView.class);
        GlobalSearchBox box = $(GlobalSearchBox.class).single();

        test(box.field).setValue(tag);
        assertThat(box.hits()).extracting(SearchHit::title).containsExactly(tag + " Bakery", tag + " Brewery");
        assertThat(box.popover.isOpened()).isTrue();
        assertThat(box.highlighted()).isZero();

        key(box, "ArrowDown");
        assertThat(box.highlighted()).isOne();
        assertThat(box.results.getComponentAt(1).getElement().getAttribute("aria-selected")).isEqualTo("true");
        key(box, "ArrowDown");
        assertThat(box.highlighted()).isZero();
        key(box, "ArrowUp");
        assertThat(box.highlighted()).isOne();
        key(box, "Escape");
        assertThat(box.popover.isOpened()).isFalse();
    }

    @Test
    void noMatchSaysSo() {
        signIn("search-box-staff", Role.STAFF);
        navigate(DashboardView.class);
        GlobalSearchBox box = $(GlobalSearchBox.class).single();
        test(box.field).setValue(tag + "nothing");
        assertThat(box.hits()).isEmpty();
        assertThat(box.results.getElement().getTextRecursively()).startsWith("No business or contact starts with");
    }

    @Test
    void partnersGetNoSearchBox() {
        signIn("search-box-partner", Role.STAKEHOLDER);
        navigate(DashboardView.class);
        assertThat($(GlobalSearchBox.class).all()).isEmpty();
    }

    private static void key(GlobalSearchBox box, String key) {
        ComponentUtil.fireEvent(box.field, new KeyDownEvent(box.field, key));
    }

    private void save(String name) {
        Business business = new Business();
        business.setLegalName(name);
        businesses.save(business);
    }
}
