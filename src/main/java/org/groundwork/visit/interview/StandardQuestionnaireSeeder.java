package org.groundwork.visit.interview;

import lombok.RequiredArgsConstructor;
import org.groundwork.base.RunAsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Every installation, in every profile, starts with the standard BRE questionnaire (created once). */
@Component
@Order(5)
@RequiredArgsConstructor
class StandardQuestionnaireSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StandardQuestionnaireSeeder.class);

    private final InterviewTemplateService templates;

    @Override
    public void run(ApplicationArguments args) {
        try {
            RunAsSystem.run(templates::ensureStandardQuestionnaire);
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            LOG.info("The standard questionnaire was created by another node meanwhile.");
        }
    }
}
