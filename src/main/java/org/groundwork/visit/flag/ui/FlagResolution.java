package org.groundwork.visit.flag.ui;

import jakarta.validation.constraints.NotBlank;

/** What a person enters to resolve a flag (the binder reads its properties, so it is a public bean). */
public class FlagResolution {

    @NotBlank(message = "Write a short note on how it was resolved.")
    private String note = "";

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
