package org.groundwork.visit.flag.ui;

import com.vaadin.flow.component.html.Span;
import org.groundwork.visit.flag.FlagColour;

/** A small red or yellow label, so a flag's colour reads at a glance (and in words, not colour alone). */
final class FlagChip {

    private FlagChip() {
    }

    static Span of(FlagColour colour) {
        Span chip = new Span(colour == FlagColour.RED ? "Red" : "Yellow");
        chip.addClassNames("gw-flag", colour == FlagColour.RED ? "gw-flag-red" : "gw-flag-yellow");
        return chip;
    }
}
