package org.groundwork.base;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules written once in {@code base} for every feature: kept text, search patterns, delete guards, email. */
class SharedRulesTest {

    @Test
    void typedTextIsKeptTrimmedAndBlankIsNothing() {
        assertThat(Texts.trimmed("  Acme Tool  ")).isEqualTo("Acme Tool");
        assertThat(Texts.trimmed(" \t ")).isNull();
        assertThat(Texts.trimmed(null)).isNull();
        assertThat(Texts.containsPattern("  Broad Band ")).isEqualTo("%broad band%");
        assertThat(Texts.containsPattern("  ")).isNull();
    }

    @Test
    void aDeleteGuardCountsInTheSingularForOneAndSaysNothingForNone() {
        assertThat(KeepReasons.counted(0, "It has", "visit", "visits")).isEmpty();
        assertThat(KeepReasons.counted(1, "It has", "visit", "visits")).contains("It has 1 visit.");
        assertThat(KeepReasons.counted(3, "It owns", "follow-up", "follow-ups")).isEqualTo(
                Optional.of("It owns 3 follow-ups."));
    }

    @Test
    void anEmailAddressIsCheckedForItsFormAndItsLengthEachWithItsOwnMessage() {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            assertThat(messages(validator.validateValue(Mailbox.class, "email", "not-an-email")))
                    .containsExactly("That doesn't look like an email address.");
            assertThat(messages(validator.validateValue(Mailbox.class, "email", "ana@" + "abcdefghij.".repeat(14) + "org")))
                    .containsExactly("Keep the email under 150 characters.");
            assertThat(validator.validateValue(Mailbox.class, "email", "ana@example.org")).isEmpty();
        }
    }

    private static List<String> messages(java.util.Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ConstraintViolation::getMessage).toList();
    }

    record Mailbox(@EmailAddress String email) {
    }
}
