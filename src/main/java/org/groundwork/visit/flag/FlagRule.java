package org.groundwork.visit.flag;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.groundwork.base.Texts;

/** An admin-editable rule: when every one of its conditions holds for a completed visit, it raises a flag. */
@Entity
@Table(name = "flag_rule")
public class FlagRule extends FlagWarning {

    @NotBlank(message = "Give the rule a name.")
    @Size(max = 150, message = "Keep the name under 150 characters.")
    @Column(nullable = false, unique = true, length = 150)
    private String name;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "flag_rule_condition", joinColumns = @JoinColumn(name = "rule_id"))
    @OrderColumn(name = "condition_index")
    private List<RuleCondition> conditions = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.trimmed(name);
    }

    @Override
    @NotBlank(message = "Write the warning the flag will show.")
    public String getMessage() {
        return super.getMessage();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public List<RuleCondition> getConditions() {
        return List.copyOf(conditions);
    }

    /** Replaces the conditions in place, so the audit trail records the change. */
    public void setConditions(List<RuleCondition> wanted) {
        conditions.clear();
        conditions.addAll(wanted);
    }

    /** "relocation_plans is yes and succession_plan is no". */
    public String describeConditions() {
        return conditions.stream().map(RuleCondition::describe).collect(Collectors.joining(" and "));
    }
}
