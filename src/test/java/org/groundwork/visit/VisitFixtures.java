package org.groundwork.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.visit.interview.TemplateQuestion;
import org.springframework.stereotype.Component;

/** Test helper: businesses and planned visits, made through the real services by the signed-in user. */
@Component
public record VisitFixtures(BusinessService businesses, VisitService visits, InterviewService interviews) {

    public Business business(String prefix) {
        return business(prefix, null);
    }

    /** A business of that NAICS code (none if null), named by the prefix and a random suffix. */
    public Business business(String prefix, String naics) {
        Business business = new Business();
        business.setLegalName(prefix + " " + UUID.randomUUID().toString().substring(0, 8) + " Works");
        business.setNaicsCode(naics);
        return businesses.save(business);
    }

    public Visit planned(Business business, Long leadStaffId, LocalDate date) {
        return planned(business, leadStaffId, date, null);
    }

    /** A visit on that version of a questionnaire ({@code templateId}); the current standard one if null. */
    public Visit planned(Business business, Long leadStaffId, LocalDate date, Long templateId) {
        return visits.plan(new VisitPlan(business.getId(), date, LocalTime.of(10, 0), VisitChannel.ON_SITE,
                leadStaffId, Set.of(), Set.of(), "Annual check-in", templateId));
    }

    /** The questions of the visit's questionnaire by their key, to answer them by name. */
    public Map<String, TemplateQuestion> questions(Visit visit) {
        return interviews.sheet(visit.getId()).template().questions()
                .collect(Collectors.toMap(TemplateQuestion::getQuestionKey, Function.identity()));
    }

    /** The business's last contact as the business record holds it now (visits and calls move it). */
    public LocalDate lastContactOf(Business business) {
        return businesses.get(business.getId()).getFigures().getLastContactDate();
    }
}
