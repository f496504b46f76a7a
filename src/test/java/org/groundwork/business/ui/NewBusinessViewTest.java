package org.groundwork.business.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.UUID;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessFilter;
import org.groundwork.business.BusinessService;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.testing.TestBusinesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class NewBusinessViewTest extends ViewTestBase {

    @Autowired
    BusinessService businesses;
    @Autowired
    TestBusinesses testBusinesses;

    private final String name = "New " + UUID.randomUUID().toString().substring(0, 8);
    /** Unique per test, so businesses other tests created never match by phone. */
    private final String phone = "555" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
    private Business existing;
    private NewBusinessView view;

    @BeforeEach
    void openTheForm() {
        signIn("new-business-staff", Role.STAFF);
        existing = testBusinesses.named(name + " Machine Works Inc.", onFile -> onFile.setPhone(phone));
        view = navigate(NewBusinessView.class);
    }

    @Test
    void aBusinessWithoutLikelyDuplicatesIsCreatedAndOpened() {
        test(view.form.legalName).setValue(name + " Something Else");
        test(view.save).click();

        assertThat(businesses.count(BusinessFilter.byText(name + " Something Else"))).isEqualTo(1);
        assertThat(getCurrentView()).isInstanceOf(BusinessView.class);
    }

    @Test
    void aLikelyDuplicateIsShownAndCanBeCreatedAnyway() {
        test(view.form.legalName).setValue(name + " Precision Machining");
        test(view.form.phone).setValue(phone.substring(0, 3) + "." + phone.substring(3, 6) + "." + phone.substring(6));
        test(view.save).click();

        DuplicateWarning warning = (DuplicateWarning) $(Dialog.class).single();
        assertThat(test(warning.grid).size()).isEqualTo(1);
        assertThat(test(warning.grid).getCellText(0, 0)).isEqualTo(name + " Machine Works Inc.");
        assertThat(test(warning.grid).getCellText(0, 2)).isEqualTo("phone");

        test(warning.createAnyway).click();
        assertThat(businesses.count(BusinessFilter.byText(name))).isEqualTo(2);
    }

    @Test
    void theNewDetailsCanBeMergedIntoTheBusinessOnFile() {
        test(view.form.legalName).setValue(name + " Machine Works");
        test(view.form.website).setValue("machineworks.example");
        test(view.save).click();

        DuplicateWarning warning = (DuplicateWarning) $(Dialog.class).single();
        assertThat(test(warning.grid).getCellText(0, 2)).isEqualTo("name");
        HorizontalLayout buttons = (HorizontalLayout) test(warning.grid).getCellComponent(0, 3);
        test((Button) buttons.getComponentAt(1)).click();

        assertThat(businesses.search(BusinessFilter.byText(name), PageRequest.of(0, 10))).singleElement()
                .satisfies(b -> {
                    assertThat(b.getId()).isEqualTo(existing.getId());
                    assertThat(b.getWebsite()).isEqualTo("machineworks.example");
                });
        assertThat(getCurrentView()).isInstanceOf(BusinessView.class);
    }
}
