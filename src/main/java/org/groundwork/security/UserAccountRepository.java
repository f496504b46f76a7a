package org.groundwork.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findByOrganizationIdOrderByFullName(Long organizationId);

    List<UserAccount> findByOrganizationIdInAndEnabledTrue(Collection<Long> organizationIds);

    @Query("""
            select u from UserAccount u
            where :text is null or lower(u.username) like :text or lower(u.fullName) like :text
               or lower(u.email) like :text""")
    Slice<UserAccount> search(String text, Pageable pageable);

    @Query("""
            select count(u) from UserAccount u
            where :text is null or lower(u.username) like :text or lower(u.fullName) like :text
               or lower(u.email) like :text""")
    long countMatching(String text);

    @Query("""
            select distinct u from UserAccount u join u.roles r
            where u.enabled = true and r in :roles
              and (:text is null or lower(u.fullName) like :text or lower(u.username) like :text)
            order by u.fullName""")
    List<UserAccount> findStaff(String text, Collection<Role> roles, Pageable pageable);

    @Query("""
            select count(distinct u) from UserAccount u join u.roles r
            where u.enabled = true and r in :roles
              and (:text is null or lower(u.fullName) like :text or lower(u.username) like :text)""")
    long countStaff(String text, Collection<Role> roles);

    @Modifying
    @Transactional
    @Query("update UserAccount u set u.lastLoginAt = :at where u.username = :username")
    void recordLogin(String username, Instant at);

    /** What a request needs to know whether its session is still current: one row by primary key. */
    @Query("""
            select new org.groundwork.security.StoredStamp(u.securityStamp, u.enabled, u.mustChangePassword,
                   u.username)
            from UserAccount u where u.id = :id""")
    Optional<StoredStamp> findStamp(Long id);

    /**
     * Locks the enabled accounts with a role and returns their ids, so two admins cannot demote each other at once
     * and leave none. Native, because Hibernate's MySQL dialect locks with "for update of", unknown to MariaDB.
     */
    @Query(value = """
            select u.id from user_account u join user_role r on r.user_id = u.id
            where u.enabled = true and r.role = :role for update""", nativeQuery = true)
    List<Long> lockEnabledWithRole(String role);
}
