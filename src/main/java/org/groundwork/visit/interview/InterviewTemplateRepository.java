package org.groundwork.visit.interview;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewTemplateRepository extends JpaRepository<InterviewTemplate, Long> {

    Optional<InterviewTemplate> findFirstByTemplateKeyAndCurrentTrue(String templateKey);

    List<InterviewTemplate> findByCurrentTrueOrderByName(Pageable pageable);

    long countByCurrentTrue();

    List<InterviewTemplate> findByTemplateKeyOrderByVersionNumberDesc(String templateKey);

    boolean existsByTemplateKey(String templateKey);

    @Query("select coalesce(max(t.versionNumber), 0) from InterviewTemplate t where t.templateKey = :key")
    int maxVersion(String key);

    @Query("""
            select q from TemplateQuestion q join fetch q.section s join s.template t
            where t.current = true order by t.id, s.sortOrder, q.sortOrder""")
    List<TemplateQuestion> currentQuestions();
}
