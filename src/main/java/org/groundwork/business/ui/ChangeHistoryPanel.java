package org.groundwork.business.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.groundwork.base.AuditEvent;
import org.groundwork.base.Formats;
import org.groundwork.business.BusinessService;
import org.springframework.data.domain.PageRequest;

/** Who changed what on the business, its contacts and its employee counts, newest first, paged from the trail. */
class ChangeHistoryPanel extends VerticalLayout {

    final Grid<AuditEvent> grid = new Grid<>();

    ChangeHistoryPanel(Long businessId, BusinessService businesses) {
        setPadding(false);
        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader("When").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getActor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getAction().label() + " " + recordName(e.getEntityType())).setHeader("What")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.getDetails() == null ? "" : e.getDetails()).setHeader("Details").setFlexGrow(1);
        grid.setEmptyStateText("No changes recorded yet.");
        grid.setHeight("28rem");
        grid.setItemsPageable(pageable -> businesses.changeHistory(businessId, pageable).getContent(),
                pageable -> (int) businesses.changeHistory(businessId, PageRequest.of(0, 1)).getTotalElements());
        add(grid);
    }

    private static String recordName(String entityType) {
        return switch (entityType == null ? "" : entityType) {
            case "Business" -> "business";
            case "Contact" -> "contact";
            case "EmployeeCount" -> "employee count";
            default -> "record";
        };
    }
}
