package org.groundwork.visit.interview;

import static org.groundwork.visit.interview.AnswerType.MULTIPLE_CHOICE;
import static org.groundwork.visit.interview.AnswerType.NUMBER;
import static org.groundwork.visit.interview.AnswerType.SCALE;
import static org.groundwork.visit.interview.AnswerType.SINGLE_CHOICE;
import static org.groundwork.visit.interview.AnswerType.TEXT;
import static org.groundwork.visit.interview.AnswerType.YES_NO;

import java.util.List;

/**
 * The standard BRE questionnaire every installation starts with. Its question keys are a contract: the default
 * flag rules and reports read answers by them, so never rename one (admins may reword the text freely).
 */
public final class StandardQuestionnaire {

    public static final String KEY = "standard-bre";

    private StandardQuestionnaire() {
    }

    static TemplateDraft draft() {
        TemplateDraft draft = new TemplateDraft(null, 0, "Standard BRE interview",
                "The core retention and expansion questions to ask on every visit.");
        section(draft, "Ownership and succession",
                q("ownership_type", "How is the business owned?", null, SINGLE_CHOICE, false,
                        "Family-owned", "Privately held", "Publicly traded", "Employee-owned", "Non-profit", "Other"),
                q("owner_retiring_5y", "Is the owner planning to retire or sell within five years?", null, YES_NO,
                        false),
                q("succession_plan", "Is there a succession plan in place?",
                        "A written or agreed plan for who takes over.", YES_NO, false));
        section(draft, "Sales and markets",
                q("sales_trend", "How have sales been over the last year?", null, SINGLE_CHOICE, false,
                        "Growing", "Stable", "Declining"),
                q("main_markets", "Where are most of your customers?", "Tick all that apply.", MULTIPLE_CHOICE,
                        false, "Local", "Regional", "National", "International"),
                q("export_interest", "Are you interested in selling abroad, or selling more abroad?", null,
                        YES_NO, false));
        section(draft, "Employment",
                q("employees_now", "How many people work here today?", "Count full-time and part-time people.",
                        NUMBER, true),
                q("hiring_planned_12m", "How many people do you expect to hire in the next 12 months?", null,
                        NUMBER, false),
                q("layoffs_planned", "Are any layoffs planned?", null, YES_NO, false));
        section(draft, "Expansion, relocation and facility",
                q("expansion_plans", "Are you planning to expand here?", null, YES_NO, false),
                q("relocation_plans", "Are you considering moving some or all operations out of the area?", null,
                        YES_NO, false),
                q("closure_risk", "Is there any chance the business will close in the next two years?", null,
                        YES_NO, false),
                q("facility_tenure", "Do you own or lease your building?", null, SINGLE_CHOICE, false,
                        "Owned", "Leased"),
                q("lease_expiry_months", "If leased: months until the lease ends", null, NUMBER, false));
        section(draft, "Workforce",
                q("hard_to_fill_roles", "Which jobs are hardest to fill?", null, TEXT, false),
                q("workforce_rating", "How easy is it to find the workers you need? (1 very hard – 5 very easy)",
                        null, SCALE, false));
        section(draft, "Suppliers and markets",
                q("local_suppliers_share", "Roughly what percent of supplies is bought locally?",
                        "A rough figure from 0 to 100 is fine.", NUMBER, false));
        section(draft, "Local services and barriers",
                q("local_services_rating", "How satisfied are you with local public services?",
                        "1 very unhappy – 5 very happy.", SCALE, true),
                q("barriers", "What holds the business back here?", "Tick all that apply.", MULTIPLE_CHOICE,
                        false, "Workforce", "Broadband", "Transportation", "Permitting", "Zoning and land",
                        "Utilities", "Housing", "Childcare", "Access to capital", "Supply chain", "Other"),
                q("barriers_detail", "Tell us more about those barriers", null, TEXT, false),
                q("help_requested", "Is there anything we can help with right now?", null, TEXT, false));
        return draft;
    }

    private static void section(TemplateDraft draft, String title, QuestionSpec... questions) {
        draft.getSections().add(new TemplateDraft.Section(title, List.of(questions)));
    }

    private static QuestionSpec q(String key, String text, String help, AnswerType type, boolean required,
                                  String... choices) {
        return new QuestionSpec(key, text, help, type, required, List.of(choices));
    }
}
