package org.groundwork.business.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.SortDirection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessColumn;
import org.groundwork.business.BusinessExporter;
import org.groundwork.business.BusinessService;
import org.groundwork.business.TargetTier;
import org.groundwork.business.TestNames;
import org.groundwork.dashboard.ui.DashboardView;
import org.groundwork.security.Role;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BusinessesViewTest extends ViewTestBase {

    @Autowired
    BusinessService businesses;
    @Autowired
    BusinessExporter exporter;

    private final String tag = "Bv" + TestNames.letters(8);
    private BusinessesView view;

    @BeforeEach
    void open() {
        signIn("grid-view-" + tag, Role.STAFF);
        save(tag + " Alpha", TargetTier.A, "Seattle");
        save(tag + " Beta", TargetTier.B, "=cmd|' /C calc'!A0");
        save(tag + " Gamma", TargetTier.A, "Tacoma");
        view = navigate(BusinessesView.class);
    }

    @Test
    void filtersNarrowTheGridAndTheCountSaysHowMany() {
        test(view.filters.text).setValue(tag);
        assertThat(view.matches.getText()).isEqualTo("3 businesses");
        assertThat(test(view.grid).size()).isEqualTo(3);

        test(view.filters.tier).selectItem(TargetTier.A.label());
        assertThat(view.matches.getText()).isEqualTo("2 businesses");
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getRow(0).getLegalName()).isEqualTo(tag + " Alpha");
    }

    @Test
    void theColumnChooserHidesAndShowsColumns() {
        assertThat(view.grid.getColumnByKey("CITY").isVisible()).isTrue();
        assertThat(view.grid.getColumnByKey("NAICS").isVisible()).isFalse();
        hide(BusinessColumn.CITY);
        test(view.columns).selectItem(BusinessColumn.NAICS.label());
        assertThat(view.grid.getColumnByKey("CITY").isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("NAICS").isVisible()).isTrue();
        assertThat(view.currentState().columns()).contains(BusinessColumn.NAICS)
                .doesNotContain(BusinessColumn.CITY);
    }

    @Test
    void aSavedViewBringsBackItsFilterColumnsAndSort() {
        test(view.filters.text).setValue(tag);
        test(view.filters.tier).selectItem(TargetTier.A.label());
        hide(BusinessColumn.SECTOR);
        test(view.grid).sortByColumn("CITY",
                SortDirection.DESCENDING);
        nameAndSave(view.savedViews.saveAs, "My tier A");
        assertThat(notifications()).contains("Saved the view \"My tier A\".");

        navigate(DashboardView.class);
        view = navigate(BusinessesView.class);
        assertThat(view.filters.text.getValue()).isEmpty();
        test(view.savedViews.views).selectItem("My tier A");
        assertThat(view.filters.text.getValue()).isEqualTo(tag);
        assertThat(view.matches.getText()).isEqualTo("2 businesses");
        assertThat(view.grid.getColumnByKey("SECTOR").isVisible()).isFalse();
        assertThat(test(view.grid).getRow(0).getAddress().getCity()).isEqualTo("Tacoma");
    }

    @Test
    void aTakenViewNameIsExplainedOnTheField() {
        nameAndSave(view.savedViews.saveAs, "Duplicate");
        ViewNameDialog second = nameAndSave(view.savedViews.saveAs, "duplicate");
        assertThat(second.name.isInvalid()).isTrue();
        assertThat(second.name.getErrorMessage()).contains("already have a view");
        assertThat(second.isOpened()).isTrue();
    }

    @Test
    void aSavedViewCanBeRenamedAndDeleted() {
        nameAndSave(view.savedViews.saveAs, "Old name");
        nameAndSave(view.savedViews.rename, "New name");
        assertThat(view.savedViews.views.getValue().getName()).isEqualTo("New name");
        test(view.savedViews.delete).click();
        assertThat(view.savedViews.views.getValue()).isNull();
        assertThat(view.savedViews.views.getListDataView().getItemCount()).isZero();
    }

    @Test
    void theExportHoldsTheFilteredRowsAndVisibleColumnsWithFormulasNeutralized() {
        test(view.filters.text).setValue(tag);
        hide(BusinessColumn.SECTOR);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportCsv(view.currentState(), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).doesNotContain("Sector").contains("Legal name", "City");
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains("'=cmd|' /C calc'!A0").doesNotContain(",=cmd");
    }

    /** Opens the view-name dialog with that button, types the name and saves; returns the dialog. */
    private ViewNameDialog nameAndSave(Button opener, String name) {
        test(opener).click();
        ViewNameDialog dialog = $(ViewNameDialog.class).single();
        test(dialog.name).setValue(name);
        test(dialog.save).click();
        return dialog;
    }

    /** The chooser's tester can only add; a person unticks a column like this. */
    private void hide(BusinessColumn column) {
        Set<BusinessColumn> chosen = new HashSet<>(view.columns.getValue());
        chosen.remove(column);
        view.columns.setValue(chosen);
    }

    private void save(String name, TargetTier tier, String city) {
        Business business = new Business();
        business.setLegalName(name);
        business.getTargeting().setTier(tier);
        business.getAddress().setCity(city);
        businesses.save(business);
    }

}
