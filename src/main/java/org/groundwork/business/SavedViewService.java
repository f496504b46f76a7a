package org.groundwork.business;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's saved views of the businesses grid. Every call works on the signed-in user's own views only: another
 * user's view is reported as missing, never shown or changed.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional
@RequiredArgsConstructor
public class SavedViewService {

    private static final String GONE = "That saved view no longer exists.";
    private static final int MAX_NAME = 100;

    private final SavedViewRepository views;
    private final CurrentUser currentUser;

    @Transactional(readOnly = true)
    public List<SavedView> mine() {
        return views.findByOwnerUsernameOrderByNameAsc(currentUser.requireUsername());
    }

    public SavedView create(String name, BusinessGridState state) {
        String owner = currentUser.requireUsername();
        return views.saveAndFlush(new SavedView(owner, requireFreeName(owner, name, null), state));
    }

    /** Stores the grid's current setup into an existing view. */
    public SavedView update(Long id, BusinessGridState state) {
        SavedView view = own(id);
        view.apply(state);
        return views.saveAndFlush(view);
    }

    public SavedView rename(Long id, String newName) {
        SavedView view = own(id);
        view.rename(requireFreeName(view.getOwnerUsername(), newName, id));
        return views.saveAndFlush(view);
    }

    public void delete(Long id) {
        views.delete(own(id));
    }

    private SavedView own(Long id) {
        return views.findByIdAndOwnerUsername(id, currentUser.requireUsername())
                .orElseThrow(() -> new RuleViolationException(GONE));
    }

    /** The trimmed name, if it is usable and none of the owner's other views has it (ignoring case). */
    private String requireFreeName(String owner, String name, Long exceptId) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            throw new RuleViolationException("name", "Give the view a name.");
        }
        if (trimmed.length() > MAX_NAME) {
            throw new RuleViolationException("name", "Keep the name under 100 characters.");
        }
        boolean taken = views.findByOwnerUsernameOrderByNameAsc(owner).stream()
                .anyMatch(other -> !other.getId().equals(exceptId) && other.getName().equalsIgnoreCase(trimmed));
        if (taken) {
            throw new RuleViolationException("name", "You already have a view called \"" + trimmed
                    + "\". Pick another name.");
        }
        return trimmed;
    }
}
