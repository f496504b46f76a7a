package org.groundwork.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.groundwork.base.ui.SaveFailures;
import org.groundwork.report.Scorecard;
import org.groundwork.report.ScorecardService;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.stakeholder.PartnerOrganizationService;
import org.springframework.data.domain.PageRequest;

/**
 * One published scorecard: its frozen figures, the PDF, and for directors who it is shared with and its public
 * link.
 */
class ScorecardDetails extends VerticalLayout {

    final MultiSelectComboBox<PartnerOrganization> organizations = new MultiSelectComboBox<>("Shared with");
    final Button saveSharing = new Button("Save sharing");
    final Button publishLink = new Button("Publish a public link", VaadinIcon.LINK.create());
    final Button revokeLink = new Button("Withdraw the public link");
    final TextField link = new TextField("Public link");

    ScorecardDetails(Scorecard scorecard, ScorecardService scorecards, PartnerOrganizationService partners,
                     boolean director, String baseUrl, Consumer<Scorecard> changed) {
        setPadding(false);
        Anchor pdf = new ScorecardPdfLink(scorecard, scorecards, "Download PDF");
        add(new H3(scorecard.title()), new Paragraph("Published " + scorecard.getPublishedAt() + " by "
                + scorecard.getPublishedBy() + "; data as of " + scorecard.getDataAsOf() + "."));
        if (scorecard.getCorrectionNote() != null) {
            add(new Paragraph("Correction: " + scorecard.getCorrectionNote()));
        }
        add(new ScorecardTable(scorecard.getFigures()), pdf);
        if (!director) {
            return;
        }
        organizations.setItems(query -> partners.search(query.getFilter().orElse(""), false,
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        organizations.setItemLabelGenerator(PartnerOrganization::getName);
        organizations.setValue(Set.copyOf(partners.findAll(scorecard.getSharedWith())));
        organizations.setWidth("30rem");
        saveSharing.addClickListener(e -> act(() -> scorecards.share(scorecard.getId(), scorecard.getVersion(),
                organizations.getValue().stream().map(PartnerOrganization::getId).collect(Collectors.toSet())),
                changed));
        publishLink.addClickListener(e -> act(() -> scorecards.publishLink(scorecard.getId(),
                scorecard.getVersion()), changed));
        revokeLink.addClickListener(e -> act(() -> scorecards.revokeLink(scorecard.getId(), scorecard.getVersion()),
                changed));
        link.setReadOnly(true);
        link.setWidthFull();
        boolean isPublic = scorecard.getPublicToken() != null;
        link.setValue(isPublic ? baseUrl + "public/scorecards/" + scorecard.getPublicToken() : "");
        link.setVisible(isPublic);
        revokeLink.setEnabled(isPublic);
        add(new HorizontalLayout(organizations, saveSharing), new HorizontalLayout(publishLink, revokeLink), link);
    }

    private static void act(java.util.function.Supplier<Scorecard> action, Consumer<Scorecard> changed) {
        try {
            changed.accept(action.get());
        } catch (RuntimeException e) {
            SaveFailures.show(e);
        }
    }
}
