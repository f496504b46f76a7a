package org.groundwork.business.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.groundwork.base.Formats;
import org.groundwork.business.BusinessTimeline;
import org.groundwork.business.TimelineEntry;

/** Everything that happened with the business, newest first; each entry links to its record where it has one. */
class TimelinePanel extends VerticalLayout {

    static final int LIMIT = 100;

    TimelinePanel(Long businessId, BusinessTimeline timeline) {
        setPadding(false);
        setSpacing(false);
        List<TimelineEntry> entries = timeline.entriesFor(businessId, LIMIT);
        if (entries.isEmpty()) {
            add(new Span("Nothing has happened with this business yet."));
        }
        entries.forEach(entry -> add(row(entry)));
    }

    private static Component row(TimelineEntry entry) {
        Span when = new Span(Formats.dateTime(entry.at()));
        when.addClassName("gw-timeline-when");
        Span kind = new Span(entry.kind());
        kind.getElement().getThemeList().add("badge");
        Component title = entry.route() == null ? new Span(entry.title()) : new Anchor(entry.route(), entry.title());
        Div row = new Div(when, kind, title);
        if (entry.detail() != null && !entry.detail().isBlank()) {
            Span detail = new Span(entry.detail());
            detail.addClassName("gw-timeline-detail");
            row.add(detail);
        }
        row.addClassName("gw-timeline-entry");
        return row;
    }
}
