package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.groundwork.base.AbstractEntity;

/**
 * An issue that touches many businesses and that partner organizations work on together. Its id is stable and
 * it belongs to a named {@link #board}, so a later share can grant an organization one issue or a whole board.
 */
@Entity
@Table(name = "macro_issue")
public class MacroIssue extends AbstractEntity {

    /** The board every issue is on until programs keep several. */
    public static final String MAIN_BOARD = "main";

    @Column(nullable = false, length = 50)
    private String board = MAIN_BOARD;

    @NotBlank(message = "Give the issue a short title.")
    @Size(max = 200, message = "Keep the title under 200 characters.")
    @Column(nullable = false, length = 200)
    private String title;

    @NotNull(message = "Choose a category.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private IssueCategory category = IssueCategory.OTHER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IssueStatus status = IssueStatus.EMERGING;

    @Size(max = 4000, message = "Keep the description under 4,000 characters.")
    @Column(length = 4000)
    private String description;

    /** The partner organization leading the work (an id from the stakeholder module), if any. */
    @Column(name = "lead_organization_id")
    private Long leadOrganizationId;

    /*
     * Heat figures, written only by IssueHeatService's set-based updates (never by a save, so they don't bump the
     * version or clash with someone editing the issue).
     */
    @Column(name = "heat_businesses", insertable = false, updatable = false)
    private int heatBusinesses;

    @Column(name = "heat_employees", insertable = false, updatable = false)
    private long heatEmployees;

    @Column(name = "heat_red_flags", insertable = false, updatable = false)
    private int heatRedFlags;

    @Column(name = "heat_score", insertable = false, updatable = false)
    private long heatScore;

    public String getBoard() {
        return board;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.trim();
    }

    public IssueCategory getCategory() {
        return category;
    }

    public void setCategory(IssueCategory category) {
        this.category = category;
    }

    public IssueStatus getStatus() {
        return status;
    }

    void setStatus(IssueStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getLeadOrganizationId() {
        return leadOrganizationId;
    }

    public void setLeadOrganizationId(Long leadOrganizationId) {
        this.leadOrganizationId = leadOrganizationId;
    }

    int getHeatBusinesses() {
        return heatBusinesses;
    }

    long getHeatEmployees() {
        return heatEmployees;
    }

    int getHeatRedFlags() {
        return heatRedFlags;
    }
}
