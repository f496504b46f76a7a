package org.groundwork.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.groundwork.base.Roles;
import org.groundwork.base.TextSearch;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enabled staff, directors and admins, for owner pickers and for showing who owns or did what. */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional(readOnly = true)
public class StaffDirectory implements TextSearch<StaffMember> {

    private static final EnumSet<Role> INTERNAL = EnumSet.of(Role.ADMIN, Role.DIRECTOR, Role.STAFF);

    private final UserAccountRepository users;

    StaffDirectory(UserAccountRepository users) {
        this.users = users;
    }

    /** Open to partners too: they may mention staff in comments shared with them (staff names aren't confidential). */
    @Override
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<StaffMember> search(String text, Pageable pageable) {
        return users.findStaff(like(text), INTERNAL, pageable).stream().map(StaffDirectory::member).toList();
    }

    @Override
    public long count(String text) {
        return users.countStaff(like(text), INTERNAL);
    }

    public Optional<StaffMember> find(Long id) {
        return id == null ? Optional.empty() : users.findById(id).map(StaffDirectory::member);
    }

    /** An enabled member of staff by username; empty for a disabled account or a partner. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<StaffMember> findByUsername(String username) {
        return users.findByUsername(username)
                .filter(u -> u.isEnabled() && u.getRoles().stream().anyMatch(INTERNAL::contains))
                .map(StaffDirectory::member);
    }

    public List<StaffMember> findAll(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(StaffDirectory::member).toList();
    }

    private static StaffMember member(UserAccount account) {
        return new StaffMember(account.getId(), account.getUsername(), account.getFullName());
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}
