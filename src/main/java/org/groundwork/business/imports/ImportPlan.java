package org.groundwork.business.imports;

import java.util.List;
import org.groundwork.business.Business;

/**
 * The dry run of an import: what each row of the file would do. Nothing is written until
 * {@link BusinessImportService#commit} is called with this plan and the user's choices. {@code lastBusinessId} is
 * the newest business on record when the dry run looked, so the commit can check the businesses added since.
 */
public record ImportPlan(ImportTable table, ColumnMapping mapping, List<Draft> creates, List<Draft> updates,
        List<Duplicate> duplicates, List<Lookalike> lookalikes, List<Rejection> rejections, long lastBusinessId) {

    /** A row ready to write: a new business, or the changes for {@code existingId}. */
    public record Draft(int line, Business business, Integer employees, Long existingId) {
    }

    /** A row that repeats an earlier row of the same file; it is skipped. */
    public record Duplicate(int line, int firstLine, String reason) {
    }

    /** A row that looks like an existing business without matching it; the user decides to skip or create it. */
    public record Lookalike(Draft draft, Long existingId, String existingName, String reason) {

        public int line() {
            return draft.line();
        }
    }

    /** A row that can't be imported, with the reason and its original values for the download. */
    public record Rejection(int line, String reason, List<String> values) {
    }

    public int rowCount() {
        return table.rows().size();
    }
}
