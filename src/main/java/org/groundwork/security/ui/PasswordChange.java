package org.groundwork.security.ui;

import jakarta.validation.constraints.NotBlank;

/** The change-password form's bean (public for the binder's reflection); nothing is saved until the user saves. */
public class PasswordChange {

    @NotBlank(message = "Enter your current password.")
    private String currentPassword;

    @NotBlank(message = "Choose a new password.")
    private String newPassword;

    @NotBlank(message = "Type the new password again.")
    private String confirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
