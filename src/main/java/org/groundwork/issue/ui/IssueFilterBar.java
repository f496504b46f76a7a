package org.groundwork.issue.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.groundwork.base.ui.FilterFields;
import org.groundwork.issue.IssueCategory;
import org.groundwork.issue.IssueFilter;
import org.groundwork.issue.IssueStatus;
import org.springframework.modulith.NamedInterface;

/**
 * Text, category and status filters, shared by the issue list, the heat ranking and the partner portal's board.
 * The fields wrap onto more lines at a phone's width. Exposed so the portal's board uses it.
 */
@NamedInterface("issue-filters")
public class IssueFilterBar extends HorizontalLayout {

    public final TextField search;
    public final ComboBox<IssueCategory> category;
    public final ComboBox<IssueStatus> status;

    /** @param searchHint the search box's placeholder: says what the text is matched against */
    public IssueFilterBar(String searchHint, Runnable onChange) {
        addClassName("gw-filters");
        setWrap(true);
        search = FilterFields.search(searchHint, onChange);
        category = FilterFields.any("Any category", IssueCategory.values(), IssueCategory::label, onChange);
        status = FilterFields.any("Any status", IssueStatus.values(), IssueStatus::label, onChange);
        add(search, category, status);
    }

    public IssueFilter filter() {
        return new IssueFilter(search.getValue(), category.getValue(), status.getValue());
    }
}
