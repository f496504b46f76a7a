package org.groundwork.visit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Formats;
import org.groundwork.base.ReportRenderer;
import org.groundwork.base.Roles;
import org.groundwork.visit.interview.TemplateQuestion;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/** The one-page visit report ({@code reports/visit-report.jrxml}), read through the secured interview service. */
@Component
@PreAuthorize(Roles.IS_INTERNAL)
@RequiredArgsConstructor
public class VisitReports {

    /** One answered question of the report. */
    public record Row(String section, String question, String answer) {
    }

    private final InterviewService interviews;
    private final ReportRenderer renderer;

    public byte[] pdf(Long visitId) {
        VisitSheet sheet = interviews.sheet(visitId);
        Visit visit = sheet.visit();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("businessName", visit.getBusiness().getDisplayName());
        parameters.put("when", Formats.date(visit.getVisitDate())
                + (visit.getStartTime() == null ? "" : " at " + visit.getStartTime()));
        parameters.put("channel", visit.getChannel().label());
        parameters.put("status", visit.getStatus().label());
        parameters.put("people", sheet.leadStaffName() + (sheet.staffNames().isEmpty() ? ""
                : ", " + String.join(", ", sheet.staffNames())));
        parameters.put("partners", sheet.organizationNames().isEmpty() ? "—" : String.join(", ",
                sheet.organizationNames()));
        parameters.put("duration", visit.getDurationHours() == null ? "—"
                : visit.getDurationHours().stripTrailingZeros().toPlainString() + " h");
        parameters.put("satisfaction", visit.getSatisfaction() == null ? "—" : visit.getSatisfaction() + " of 5"
                + (visit.getSatisfactionComment() == null ? "" : ": " + visit.getSatisfactionComment()));
        parameters.put("notes", orDash(visit.getNotes()));
        parameters.put("nextSteps", orDash(visit.getNextSteps()));
        parameters.put("questionnaire", sheet.template() == null ? "No interview (logged contact)"
                : sheet.template().getLabel());
        return renderer.renderPdf("visit-report", parameters, rows(sheet));
    }

    private static List<Row> rows(VisitSheet sheet) {
        List<Row> rows = new ArrayList<>();
        if (sheet.template() == null) {
            return rows;
        }
        sheet.template().getSections().forEach(section -> section.getQuestions().forEach(question -> {
            List<String> values = sheet.answer(question);
            if (!values.isEmpty()) {
                rows.add(new Row(section.getTitle(), question.getText(), display(question, values)));
            }
        }));
        return rows;
    }

    private static String display(TemplateQuestion question, List<String> values) {
        return switch (question.getType()) {
            case YES_NO -> "yes".equals(values.getFirst()) ? "Yes" : "No";
            case SCALE -> values.getFirst() + " of 5";
            case NUMBER -> new BigDecimal(values.getFirst()).toPlainString();
            default -> String.join("; ", values);
        };
    }

    private static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
