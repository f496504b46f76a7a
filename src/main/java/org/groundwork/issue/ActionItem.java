package org.groundwork.issue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.Texts;

/** One step of an issue's action plan, owed by a staff member or by a partner organization (exactly one). */
@Entity
@Table(name = "issue_action_item")
public class ActionItem extends AbstractEntity {

    @Column(name = "issue_id", nullable = false, updatable = false)
    private Long issueId;

    @NotBlank(message = "Say what needs doing.")
    @Size(max = 1000, message = "Keep it under 1,000 characters.")
    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "owner_staff_id")
    private Long ownerStaffId;

    @Column(name = "owner_organization_id")
    private Long ownerOrganizationId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @NotNull(message = "Choose a status.")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Size(max = 2000, message = "Keep the notes under 2,000 characters.")
    @Column(length = 2000)
    private String notes;

    protected ActionItem() {
    }

    public ActionItem(Long issueId) {
        this.issueId = issueId;
    }

    public Long getIssueId() {
        return issueId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? null : description.trim();
    }

    public Long getOwnerStaffId() {
        return ownerStaffId;
    }

    public Long getOwnerOrganizationId() {
        return ownerOrganizationId;
    }

    /** A staff member owns it; clears any organization owner. */
    public void ownedByStaff(Long staffId) {
        this.ownerStaffId = staffId;
        this.ownerOrganizationId = null;
    }

    /** A partner organization owns it; clears any staff owner. */
    public void ownedByOrganization(Long organizationId) {
        this.ownerOrganizationId = organizationId;
        this.ownerStaffId = null;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Texts.trimmed(notes);
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }
}
