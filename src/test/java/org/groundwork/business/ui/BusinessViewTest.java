package org.groundwork.business.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.base.ui.NotFoundView;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.ContactService;
import org.groundwork.business.TestBusinessSupport;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.groundwork.testing.TestBusinesses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BusinessViewTest extends ViewTestBase {

    @Autowired
    BusinessService businesses;
    @Autowired
    TestBusinesses testBusinesses;
    @Autowired
    ContactService contacts;
    @Autowired
    TestBusinessSupport.HeldRecords heldRecords;

    private final String name = "Page " + UUID.randomUUID().toString().substring(0, 8);
    private Business business;

    @BeforeEach
    void createBusiness() {
        signIn("business-page-staff", Role.STAFF);
        business = testBusinesses.named(name + " Holdings LLC", fresh -> fresh.setTradeName(name + " Bakery"));
    }

    @Test
    void theOverviewIsEditedAndSaved() {
        BusinessView view = open();
        assertThat(view.name.getText()).isEqualTo(name + " Bakery");
        test(view.overview.form.city).setValue("Riverton");
        test(view.overview.form.naicsCode).setValue("311811");
        test(view.overview.save).click();

        Business stored = businesses.get(business.getId());
        assertThat(stored.getAddress().getCity()).isEqualTo("Riverton");
        assertThat(stored.getSector()).hasToString("MANUFACTURING");
        assertThat(notifications()).contains("Saved " + name + " Bakery.");
    }

    @Test
    void invalidInputIsExplainedOnTheFieldAndNothingIsSaved() {
        BusinessView view = open();
        test(view.overview.form.naicsCode).setValue("31x");
        test(view.overview.form.keyCompany).click();
        test(view.overview.save).click();

        assertThat(view.overview.form.naicsCode.isInvalid()).isTrue();
        assertThat(view.overview.form.naicsCode.getErrorMessage()).isEqualTo("A NAICS code has 2 to 6 digits.");
        assertThat(view.overview.form.keyCompanyReason.isInvalid()).isTrue();
        assertThat(view.overview.form.keyCompanyReason.getErrorMessage()).isEqualTo("Say why this is a key company.");
        assertThat(businesses.get(business.getId()).getTargeting().isKeyCompany()).isFalse();
    }

    @Test
    void anAddressTooLongIsExplainedOnItsFieldsAndNothingIsSaved() {
        BusinessView view = open();
        test(view.overview.form.street).setValue("1 " + "Long ".repeat(40) + "Street");
        test(view.overview.form.postalCode).setValue("98101-0000-0000-0000-0");
        test(view.overview.form.city).setValue("Riverton");
        test(view.overview.save).click();

        assertThat(view.overview.form.street.getErrorMessage())
                .isEqualTo("Keep the street address under 200 characters.");
        assertThat(view.overview.form.postalCode.getErrorMessage())
                .isEqualTo("Keep the postal code under 20 characters.");
        assertThat(view.overview.form.city.isInvalid()).isFalse();
        assertThat(businesses.get(business.getId()).getAddress().getCity()).isNull();
    }

    @Test
    void aConcurrentEditIsRefusedClearlyAndReloadShowsTheOtherChange() {
        BusinessView view = open();
        Business theirs = businesses.get(business.getId());
        theirs.getAddress().setCity("Their Town");
        businesses.save(theirs);

        test(view.overview.form.city).setValue("My Town");
        test(view.overview.save).click();

        assertThat(businesses.get(business.getId()).getAddress().getCity()).isEqualTo("Their Town");
        assertThat(view.overview.form.city.getValue()).isEqualTo("My Town");
        assertThat(view.overview.conflict.isVisible()).isTrue();
        assertThat(notifications()).contains(SaveFailures.CONFLICT);

        test(view.overview.reload).click();
        assertThat(view.overview.form.city.getValue()).isEqualTo("Their Town");
        assertThat(view.overview.conflict.isVisible()).isFalse();
    }

    @Test
    void contactsAreAddedWithTheirEmailChecked() {
        BusinessView view = open();
        select(view, "Contacts");
        test(view.contacts.add).click();
        ContactEditor editor = (ContactEditor) $(Dialog.class).single();
        test(editor.fullName).setValue("Rosa Baker");
        test(editor.email).setValue("not-an-email");
        test(editor.save).click();
        assertThat(editor.email.isInvalid()).isTrue();
        assertThat(editor.email.getErrorMessage()).isEqualTo("That doesn't look like an email address.");

        test(editor.email).setValue("rosa@bakery.example");
        test(editor.phone).setValue("(206) 555-0100");
        test(editor.save).click();

        assertThat(test(view.contacts.grid).size()).isEqualTo(1);
        assertThat(test(view.contacts.grid).getCellText(0, 4)).isEqualTo("Primary");
        assertThat(contacts.contactsOf(business.getId())).singleElement()
                .satisfies(c -> assertThat(c.getEmail()).isEqualTo("rosa@bakery.example"));
    }

    @Test
    void anEmployeeCountIsAddedAndBecomesTheCurrentOne() {
        BusinessView view = open();
        select(view, "Employees");
        test(view.employees.form.asOf).setValue(LocalDate.of(2025, 3, 1));
        test(view.employees.form.employees).setValue(18);
        test(view.employees.add).click();

        assertThat(view.employees.current.getText()).startsWith("Current: 18 employees");
        assertThat(businesses.get(business.getId()).getFigures().getCurrentEmployees()).isEqualTo(18);
    }

    @Test
    void aMissingOrNegativeEmployeeCountIsExplainedOnTheFieldAndNothingIsAdded() {
        BusinessView view = open();
        select(view, "Employees");
        view.employees.form.asOf.clear();
        test(view.employees.add).click();
        assertThat(view.employees.form.asOf.getErrorMessage()).isEqualTo("Enter the date the count is from.");
        assertThat(view.employees.form.employees.getErrorMessage()).isEqualTo("Enter the number of employees.");

        test(view.employees.form.asOf).setValue(LocalDate.of(2025, 3, 1));
        view.employees.form.employees.setValue(-3);
        test(view.employees.add).click();
        assertThat(view.employees.form.employees.isInvalid()).isTrue();
        assertThat(view.employees.form.employees.getErrorMessage()).isEqualTo("Employees can't be negative.");
        assertThat(businesses.employeeHistory(business.getId())).isEmpty();
        assertThat(view.employees.current.getText()).isEqualTo("No employee count yet.");
    }

    @Test
    void theBusinessOwnTabsComeFirstAndTheActionsOfOtherFeaturesAreOffered() {
        BusinessView view = open();
        assertThat(java.util.stream.IntStream.range(0, 5).mapToObj(i -> test(view.tabs).getTab(i).getLabel()))
                .containsExactly("Overview", "Contacts", "Employees", "Change history", "Timeline");
        assertThat(view.actions.getChildren().map(c -> c.getElement().getText()))
                .contains(TestBusinessSupport.PlanTestVisit.LABEL, "Merge a duplicate into this business…",
                        "Archive")
                .doesNotContain("Delete for good");
    }

    @Test
    void aTabIsBuiltOnlyWhenTheUserOpensIt() {
        BusinessView view = open();
        assertThat(view.overview).isNotNull();
        assertThat(view.contacts).isNull();
        assertThat(view.employees).isNull();

        select(view, "Contacts");
        assertThat(view.contacts).isNotNull();
        assertThat(view.employees).isNull();
    }

    @Test
    void anUnknownBusinessGetsAFriendlyNotFoundPage() {
        navigate("businesses/987654321", NotFoundView.class);
        navigate("businesses/not-a-number", NotFoundView.class);
    }

    @Test
    void anAdminIsToldWhyABusinessWithRecordsCannotBeDeletedAndMayArchiveIt() {
        heldRecords.hold(business.getId());
        signIn("business-page-admin", Role.ADMIN);
        BusinessView view = open();
        view.actions.getChildren().filter(c -> "Delete for good".equals(c.getElement().getText())).findFirst()
                .ifPresent(button -> test((com.vaadin.flow.component.button.Button) button).click());
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).contains("It has 2 visits.");
        test(dialog).confirm();
        assertThat(businesses.get(business.getId()).isArchived()).isTrue();
    }

    @Test
    void aDuplicateIsMergedIntoThisBusinessFromThePage() {
        Business duplicate = new Business();
        duplicate.setLegalName(name + " Bakery Inc.");
        duplicate.setPhone("(937) 555-0199");
        duplicate = businesses.save(duplicate);
        BusinessView view = open();
        view.actions.getChildren().filter(c -> c.getElement().getText().startsWith("Merge a duplicate"))
                .findFirst().ifPresent(button -> test((com.vaadin.flow.component.button.Button) button).click());
        MergeDialog dialog = (MergeDialog) $(Dialog.class).single();
        dialog.duplicate.setValue(duplicate);
        test(dialog.merge).click();

        assertThat(businesses.get(duplicate.getId()).isArchived()).isTrue();
        assertThat(businesses.get(business.getId()).getPhone()).isEqualTo("(937) 555-0199");
        assertThat(notifications()).contains("Merged " + name + " Bakery Inc. into " + name + " Bakery.");
    }

    private void select(BusinessView view, String tab) {
        test(view.tabs).select(tab);
        roundTrip();
    }

    private BusinessView open() {
        BusinessView view = navigate("businesses/" + business.getId(), BusinessView.class);
        roundTrip(); // the tab sheet attaches its tabs' content just before responding to the browser
        return view;
    }
}
