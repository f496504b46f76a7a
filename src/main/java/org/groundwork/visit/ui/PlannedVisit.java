package org.groundwork.visit.ui;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.groundwork.business.Business;
import org.groundwork.security.StaffMember;
import org.groundwork.stakeholder.PartnerOrganization;
import org.groundwork.visit.VisitChannel;
import org.groundwork.visit.VisitPlan;

/**
 * What a person enters to plan a visit (the binder reads its properties, so it is a public bean). The messages are
 * the service's own, so a refusal reads the same whether the form or the service catches it.
 */
public class PlannedVisit {

    @NotNull(message = "Choose the business.")
    private Business business;
    @NotNull(message = "Choose the date of the visit.")
    private LocalDate date;
    private LocalTime time = LocalTime.of(10, 0);
    @NotNull(message = "Choose how you will meet them.")
    private VisitChannel channel = VisitChannel.ON_SITE;
    @NotNull(message = "Choose who leads the visit.")
    private StaffMember lead;
    private Set<StaffMember> others = Set.of();
    private Set<PartnerOrganization> organizations = Set.of();
    @Size(max = 500, message = "Keep the purpose under 500 characters.")
    private String purpose = "";

    VisitPlan toPlan() {
        return new VisitPlan(business.getId(), date, time, channel, lead.id(),
                others.stream().map(StaffMember::id).collect(Collectors.toSet()),
                organizations.stream().map(PartnerOrganization::getId).collect(Collectors.toSet()), purpose, null);
    }

    public Business getBusiness() {
        return business;
    }

    public void setBusiness(Business business) {
        this.business = business;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public VisitChannel getChannel() {
        return channel;
    }

    public void setChannel(VisitChannel channel) {
        this.channel = channel;
    }

    public StaffMember getLead() {
        return lead;
    }

    public void setLead(StaffMember lead) {
        this.lead = lead;
    }

    public Set<StaffMember> getOthers() {
        return others;
    }

    public void setOthers(Set<StaffMember> others) {
        this.others = others;
    }

    public Set<PartnerOrganization> getOrganizations() {
        return organizations;
    }

    public void setOrganizations(Set<PartnerOrganization> organizations) {
        this.organizations = organizations;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
