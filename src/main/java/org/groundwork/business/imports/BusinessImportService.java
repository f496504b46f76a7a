package org.groundwork.business.imports;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.groundwork.base.AuditAction;
import org.groundwork.base.AuditEntry;
import org.groundwork.base.AuditService;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.business.Business;
import org.groundwork.business.BusinessService;
import org.groundwork.business.BusinessesChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Imports businesses from CSV and XLSX files for admins: read the file, guess the column mapping, dry-run, then
 * commit in one transaction. A commit either writes every row the user chose or, if anything fails, nothing.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class BusinessImportService {

    private static final int BATCH = 1000;
    private static final int UPDATES_PER_FLUSH = 500;

    private final JdbcTemplate jdbc;
    private final Validator validator;
    private final AuditService audit;
    private final BusinessService businesses;
    private final Clock clock;
    private final DataSize maxFileSize;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    BusinessImportService(JdbcTemplate jdbc, Validator validator, AuditService audit, BusinessService businesses,
            Clock clock, @Value("${groundwork.import.max-file-size:25MB}") DataSize maxFileSize,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.validator = validator;
        this.audit = audit;
        this.businesses = businesses;
        this.clock = clock;
        this.maxFileSize = maxFileSize;
        this.events = events;
    }

    public DataSize maxFileSize() {
        return maxFileSize;
    }

    /** Reads the file into memory; a file that is empty, too large or unreadable fails with a plain message. */
    public ImportTable read(String fileName, byte[] content) {
        if (content.length > maxFileSize.toBytes()) {
            throw tooLarge(megabytes(content.length) + " MB");
        }
        return ImportFileReader.read(fileName, content);
    }

    /**
     * Receives an upload on the server, whatever the browser was told: a declared size over the limit is refused
     * before anything is read, and reading stops one byte past the limit, so no upload is ever held whole.
     */
    public byte[] receive(long declaredSize, InputStream upload) {
        long limit = maxFileSize.toBytes();
        if (declaredSize > limit) {
            throw tooLarge(megabytes(declaredSize) + " MB");
        }
        byte[] content;
        try {
            content = upload.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (IOException broken) {
            throw new RuleViolationException("file", "The upload broke off. Try again.");
        }
        if (content.length > limit) {
            throw tooLarge("more than " + megabytes(limit) + " MB");
        }
        return content;
    }

    private RuleViolationException tooLarge(String size) {
        return new RuleViolationException("file", "This file is " + size + "; files can be up to "
                + megabytes(maxFileSize.toBytes()) + " MB. Split it into smaller files.");
    }

    public ColumnMapping guessMapping(ImportTable table) {
        return ColumnMapping.guess(table.headers());
    }

    /** What the import would do, row by row, without writing anything. */
    @Transactional(readOnly = true)
    public ImportPlan dryRun(ImportTable table, ColumnMapping mapping) {
        return new ImportPlanner(validator, ExistingBusinesses.load(jdbc)).plan(table, mapping);
    }

    /** The rejected rows of a dry run as CSV, to fix and upload again. */
    public String rejectedRowsCsv(ImportPlan plan) {
        return RejectedRowsCsv.write(plan.table().headers(), plan.rejections());
    }

    /**
     * Writes the plan in one transaction: new businesses in JDBC batches (audited in batches), updates through the
     * entities (audited by the audit trail as any edit). Rejected rows are left out only when the user chose so.
     * Commits run one at a time across every node (a row lock in the database); each reads what others committed
     * before it (read committed), so a second commit of the same dry run sees the first one's businesses.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public ImportResult commit(ImportPlan plan, ImportChoices choices, ImportProgress progress) {
        if (!plan.rejections().isEmpty() && !choices.leaveOutRejected()) {
            throw new RuleViolationException("rejected", plan.rejections().size() + " rows can't be imported. Fix "
                    + "them and upload the file again, or choose to import the other rows without them.");
        }
        List<ImportPlan.Draft> creates = new ArrayList<>(plan.creates());
        plan.lookalikes().stream().filter(l -> choices.lookalikesToCreate().contains(l.line()))
                .map(ImportPlan.Lookalike::draft).forEach(creates::add);
        creates.sort(Comparator.comparingInt(ImportPlan.Draft::line));
        waitForOtherCommits();
        refuseRowsAddedSinceTheDryRun(plan, creates);
        String source = "Import of " + plan.table().fileName();
        LocalDate today = LocalDate.now(clock);
        ImportWriter writer = new ImportWriter(jdbc, Timestamp.from(clock.instant()),
                SecurityContextHolder.getContext().getAuthentication().getName());
        try {
            write(plan, creates, writer, source, today, progress);
        } catch (DataIntegrityViolationException clash) {
            // Another commit inserted the same external ids at the same moment; the unique index refused ours.
            throw new RuleViolationException("changed", "Another import added some of these businesses at the "
                    + "same moment. Nothing was imported; run the dry run again to see what is left.");
        }
        int lookalikesCreated = creates.size() - plan.creates().size();
        ImportResult result = new ImportResult(creates.size(), plan.updates().size(), plan.duplicates().size(),
                plan.lookalikes().size() - lookalikesCreated, plan.rejections().size());
        audit.recordAll(AuditAction.IMPORT, "Business",
                List.of(new AuditEntry(null, plan.table().fileName() + ": " + result.summary())));
        return result;
    }

    /** Holds the import lock until this transaction ends; another commit holding it makes this one wait. */
    private void waitForOtherCommits() {
        try {
            jdbc.queryForObject("select id from import_lock where id = 1 for update", Integer.class);
        } catch (PessimisticLockingFailureException | QueryTimeoutException busy) {
            throw new RuleViolationException("changed", "Another import is being written right now. Nothing was "
                    + "imported; run the dry run again when it has finished.");
        }
    }

    /**
     * A second commit of the same dry run (another tab, a double click) or someone's entries since would create
     * these rows twice: any row to be created that now matches or looks like a business added after the dry run
     * refuses the whole commit, before anything is written.
     */
    private void refuseRowsAddedSinceTheDryRun(ImportPlan plan, List<ImportPlan.Draft> creates) {
        ExistingBusinesses added = ExistingBusinesses.addedAfter(jdbc, plan.lastBusinessId());
        List<Integer> lines = creates.stream().filter(draft -> added.resembles(draft.business()))
                .map(ImportPlan.Draft::line).toList();
        if (!lines.isEmpty()) {
            String shown = lines.stream().limit(5).map(String::valueOf).collect(Collectors.joining(", "))
                    + (lines.size() > 5 ? " and " + (lines.size() - 5) + " more" : "");
            throw new RuleViolationException("changed", "Since the dry run, businesses like those on line"
                    + (lines.size() == 1 ? " " : "s ") + shown + " were added (was this file imported in another "
                    + "tab?). Nothing was imported; run the dry run again to see what is left.");
        }
    }

    private void write(ImportPlan plan, List<ImportPlan.Draft> creates, ImportWriter writer, String source,
                       LocalDate today, ImportProgress progress) {
        int total = creates.size() + plan.updates().size();
        int done = 0;
        for (int from = 0; from < creates.size(); from += BATCH) {
            List<ImportPlan.Draft> chunk = creates.subList(from, Math.min(from + BATCH, creates.size()));
            List<Long> ids = writer.insertBusinesses(chunk);
            writer.insertEmployeeCounts(chunk, ids, today, source);
            List<AuditEntry> entries = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                entries.add(new AuditEntry(ids.get(i), source + ", line " + chunk.get(i).line()));
            }
            audit.recordAll(AuditAction.CREATE, "Business", entries);
            done += chunk.size();
            progress.update(done, total);
        }
        for (int from = 0; from < plan.updates().size(); from += UPDATES_PER_FLUSH) {
            List<ImportPlan.Draft> chunk = plan.updates().subList(from,
                    Math.min(from + UPDATES_PER_FLUSH, plan.updates().size()));
            applyUpdates(chunk, plan.mapping(), today, source, plan.table().fileName());
            entityManager.flush();
            entityManager.clear();
            done += chunk.size();
            progress.update(done, total);
        }
        // Once, after every update is flushed: a NAICS code can change a business's sector (decision 022).
        if (!plan.updates().isEmpty()) {
            events.publishEvent(BusinessesChanged.of(plan.updates().stream().map(ImportPlan.Draft::existingId)
                    .toList()));
        }
    }

    /** Loads a chunk of matched businesses with one query and applies the file's values to them. */
    private void applyUpdates(List<ImportPlan.Draft> chunk, ColumnMapping mapping, LocalDate today, String source,
                              String fileName) {
        Map<Long, Business> loaded = entityManager
                .createQuery("select b from Business b where b.id in :ids", Business.class)
                .setParameter("ids", chunk.stream().map(ImportPlan.Draft::existingId).toList())
                .getResultStream().collect(Collectors.toMap(Business::getId, Function.identity()));
        for (ImportPlan.Draft update : chunk) {
            Business business = loaded.get(update.existingId());
            if (business == null) {
                throw new RuleViolationException("The business line " + update.line() + " updates was deleted "
                        + "after the dry run. Run the dry run again.");
            }
            UpdateApplier.apply(update, mapping, business, fileName, today);
        }
        // Recording a count clears the persistence context, so the chunk's changes are flushed first.
        entityManager.flush();
        for (ImportPlan.Draft update : chunk) {
            Integer employees = update.employees();
            Integer stored = loaded.get(update.existingId()).getFigures().getCurrentEmployees();
            if (employees != null && !employees.equals(stored)) {
                businesses.recordEmployees(update.existingId(), today, employees, source);
            }
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1024.0 / 1024.0);
    }
}
