package org.groundwork.visit.flag;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.groundwork.base.AbstractEntity;
import org.groundwork.base.Texts;

/**
 * What a flag says: its colour and its warning. A {@link Flag} shows one; a {@link FlagRule} holds the one it
 * raises, which becomes the flag's word for word, so both keep the same limits. Each says in its own words (a
 * {@code @NotBlank} on its getter) that the warning is missing.
 */
@MappedSuperclass
public abstract class FlagWarning extends AbstractEntity {

    @NotNull(message = "Choose red (act now) or yellow (watch).")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FlagColour colour = FlagColour.YELLOW;

    @Size(max = 300, message = "Keep the warning under 300 characters.")
    @Column(nullable = false, length = 300)
    private String message;

    protected FlagWarning() {
    }

    protected FlagWarning(FlagColour colour, String message) {
        this.colour = colour;
        this.message = message;
    }

    public FlagColour getColour() {
        return colour;
    }

    public void setColour(FlagColour colour) {
        this.colour = colour;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = Texts.trimmed(message);
    }
}
