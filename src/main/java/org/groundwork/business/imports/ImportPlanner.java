package org.groundwork.business.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.groundwork.business.Business;

/**
 * Turns each row of a file into a draft business and decides what the import would do with it: create, update,
 * skip as a duplicate of an earlier row, ask about a look-alike of an existing business, or reject with a reason.
 */
@RequiredArgsConstructor
final class ImportPlanner {

    private final Validator validator;
    private final ExistingBusinesses existing;

    ImportPlan plan(ImportTable table, ColumnMapping mapping) {
        mapping.check();
        List<ImportPlan.Draft> creates = new ArrayList<>();
        List<ImportPlan.Draft> updates = new ArrayList<>();
        List<ImportPlan.Duplicate> duplicates = new ArrayList<>();
        List<ImportPlan.Lookalike> lookalikes = new ArrayList<>();
        List<ImportPlan.Rejection> rejections = new ArrayList<>();
        Map<String, Integer> seenRows = new HashMap<>();
        Map<String, Integer> seenIds = new HashMap<>();
        Map<Long, Integer> seenMatches = new HashMap<>();
        for (ImportTable.Row row : table.rows()) {
            if (row.problem() != null) {
                rejections.add(new ImportPlan.Rejection(row.line(), row.problem(), row.values()));
                continue;
            }
            Integer first = seenRows.putIfAbsent(rowKey(row, mapping), row.line());
            if (first != null) {
                duplicates.add(new ImportPlan.Duplicate(row.line(), first, "Same as line " + first));
                continue;
            }
            ImportPlan.Draft draft;
            try {
                draft = RowConverter.convert(row, table.headers(), mapping);
            } catch (IllegalArgumentException bad) {
                rejections.add(new ImportPlan.Rejection(row.line(), bad.getMessage(), row.values()));
                continue;
            }
            String problems = problems(draft.business());
            if (!problems.isEmpty()) {
                rejections.add(new ImportPlan.Rejection(row.line(), problems, row.values()));
                continue;
            }
            String externalId = draft.business().getExternalId();
            first = externalId == null ? null : seenIds.putIfAbsent(externalId, row.line());
            if (first != null) {
                duplicates.add(new ImportPlan.Duplicate(row.line(), first, "Same external id as line " + first));
                continue;
            }
            var match = existing.match(draft.business());
            if (match.isPresent()) {
                first = seenMatches.putIfAbsent(match.get().id(), row.line());
                if (first != null) {
                    duplicates.add(new ImportPlan.Duplicate(row.line(), first,
                            "Matches the same business as line " + first));
                } else {
                    updates.add(new ImportPlan.Draft(draft.line(), draft.business(), draft.employees(),
                            match.get().id()));
                }
                continue;
            }
            existing.lookalike(draft.business()).ifPresentOrElse(
                    look -> lookalikes.add(new ImportPlan.Lookalike(draft, look.getKey().id(), look.getKey().name(),
                            look.getValue())),
                    () -> creates.add(draft));
        }
        return new ImportPlan(table, mapping, creates, updates, duplicates, lookalikes, rejections,
                existing.lastId());
    }

    /** The bean validation messages of the draft, by field name (a part's field by its own name), in one reason. */
    private String problems(Business business) {
        return validator.validate(business).stream()
                .sorted(Comparator.comparing(ImportPlanner::fieldName))
                .map(ConstraintViolation::getMessage).distinct().collect(Collectors.joining(" "));
    }

    private static String fieldName(ConstraintViolation<Business> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    /** Two rows are duplicates when every imported column holds the same value, ignoring case and spacing. */
    private static String rowKey(ImportTable.Row row, ColumnMapping mapping) {
        return mapping.columns().keySet().stream().sorted()
                .map(column -> row.value(column).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\u0000"));
    }
}
