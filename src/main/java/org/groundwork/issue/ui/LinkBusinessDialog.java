package org.groundwork.issue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Map;
import org.groundwork.base.ui.EntityPicker;
import org.groundwork.base.ui.FieldErrors;
import org.groundwork.base.ui.FormDialog;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessNameSearch;
import org.groundwork.issue.LinkRequest;
import org.groundwork.issue.MacroIssue;
import org.groundwork.issue.Severity;

/** Links one more business to an issue with a severity; a business already linked is refused on the field. */
class LinkBusinessDialog extends FormDialog {

    final ComboBox<Business> business;
    final RadioButtonGroup<Severity> severity = SeverityChoice.create();
    final Button link = new Button("Link");

    LinkBusinessDialog(MacroIssue issue, IssueUiServices services, Runnable onLinked) {
        super("Link a business to " + issue.getTitle(), "30rem");
        business = EntityPicker.single("Business", new BusinessNameSearch(services.businesses()),
                BusinessNameSearch::label);
        business.setWidthFull();
        add(new FormLayout(business, severity));
        link.addClickListener(e -> saveAndClose(() -> services.links().link(issue.getId(),
                LinkRequest.of(business.getValue() == null ? null : business.getValue().getId(), severity.getValue())),
                rule -> FieldErrors.show(rule, Map.of("business", business)),
                linked -> "Linked " + business.getValue().getDisplayName() + ".", linked -> onLinked.run()));
        confirmWith(link);
    }
}
