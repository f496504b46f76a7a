package org.groundwork.visit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VisitAnswerRepository extends JpaRepository<VisitAnswer, Long> {

    @Query("select a from VisitAnswer a join fetch a.question where a.visit.id = :visitId")
    List<VisitAnswer> findByVisitId(Long visitId);

    Optional<VisitAnswer> findByVisitIdAndQuestionId(Long visitId, Long questionId);

    /** Per question key of one template version: how many visits answered it. */
    @Query("""
            select q.questionKey, count(distinct a.visit.id) from VisitAnswer a join a.question q
            where q.section.template.id = :templateId and a.value is not null group by q.questionKey""")
    List<Object[]> answeredKeys(Long templateId);
}
