package org.groundwork.issue;

import jakarta.persistence.criteria.Predicate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.base.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Macro-issues for everyone inside the EDO: create, edit, move across the board, list and find similar ones. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class MacroIssueService {

    private final MacroIssueRepository issues;

    @Transactional(readOnly = true)
    public Optional<MacroIssue> find(Long id) {
        return issues.findById(id);
    }

    @Transactional(readOnly = true)
    public MacroIssue get(Long id) {
        return find(id).orElseThrow(() -> new RuleViolationException("That issue no longer exists."));
    }

    /** Creates or updates; an update fails with a conflict if someone else saved the issue meanwhile. */
    public MacroIssue save(MacroIssue issue) {
        if (!issue.isNew()) {
            checkVersion(issue.getId(), issue.getVersion());
        }
        return issues.saveAndFlush(issue);
    }

    /**
     * Moves an issue to another status as the person saw it at {@code expectedVersion}; if someone else moved or
     * changed it meanwhile, the move is refused as a conflict. The audit trail records who moved it and when.
     */
    public MacroIssue move(Long id, long expectedVersion, IssueStatus to) {
        MacroIssue issue = checkVersion(id, expectedVersion);
        issue.setStatus(to);
        return issues.saveAndFlush(issue);
    }

    /** Per status, the {@code perColumn} most recently changed issues with their stored heat, and every count. */
    @Transactional(readOnly = true)
    public IssueBoard board(int perColumn) {
        Map<IssueStatus, List<IssueHeat>> columns = new EnumMap<>(IssueStatus.class);
        Map<IssueStatus, Long> counts = new EnumMap<>(IssueStatus.class);
        for (IssueStatus status : IssueStatus.values()) {
            columns.put(status, issues.findByStatusOrderByUpdatedAtDescIdDesc(status, PageRequest.of(0, perColumn))
                    .stream().map(IssueHeat::stored).toList());
            counts.put(status, 0L);
        }
        issues.countByStatus().forEach(row -> counts.put((IssueStatus) row[0], (Long) row[1]));
        return new IssueBoard(columns, counts);
    }

    /** Most recently changed first; the pageable's sort is ignored. */
    @Transactional(readOnly = true)
    public List<MacroIssue> search(IssueFilter filter, Pageable pageable) {
        return issues.search(Texts.containsPattern(filter.text()), filter.category(), filter.status(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    @Transactional(readOnly = true)
    public long count(IssueFilter filter) {
        return issues.countMatching(Texts.containsPattern(filter.text()), filter.category(), filter.status());
    }

    /**
     * Existing issues that may be the one a person is about to create: titles sharing a word of three letters or
     * more with {@code title}, or the same category. Title matches come first, most shared words first.
     */
    @Transactional(readOnly = true)
    public List<MacroIssue> similar(String title, IssueCategory category, int limit) {
        List<String> words = words(title);
        if (words.isEmpty() && category == null) {
            return List.of();
        }
        Specification<MacroIssue> spec = (root, query, cb) -> cb.or(Stream.concat(
                words.stream().map(w -> cb.like(cb.lower(root.get("title")), "%" + w + "%")),
                category == null ? Stream.empty()
                        : Stream.of(cb.equal(root.get("category"), category)))
                .toArray(Predicate[]::new));
        return issues.findAll(spec, PageRequest.of(0, limit * 3, Sort.by(Sort.Direction.DESC, "updatedAt")))
                .stream().sorted(Comparator.comparingLong((MacroIssue i) -> -sharedWords(i.getTitle(), words)))
                .limit(limit).toList();
    }

    @Transactional(readOnly = true)
    public long countLedBy(Long organizationId) {
        return issues.countByLeadOrganizationId(organizationId);
    }

    private static long sharedWords(String title, List<String> words) {
        String lower = title.toLowerCase(Locale.ROOT);
        return words.stream().filter(lower::contains).count();
    }

    private static List<String> words(String title) {
        if (title == null) {
            return List.of();
        }
        return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 3).distinct().limit(6).toList();
    }

    private MacroIssue checkVersion(Long id, long expectedVersion) {
        MacroIssue stored = get(id);
        stored.requireVersion(expectedVersion);
        return stored;
    }
}
