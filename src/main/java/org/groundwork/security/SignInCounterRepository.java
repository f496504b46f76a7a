package org.groundwork.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInCounterRepository extends JpaRepository<SignInCounter, String> {

    /** Native, because Hibernate's MySQL dialect locks with "for update of", which MariaDB does not know. */
    @Query(value = "select * from sign_in_counter where counter_key = :key for update", nativeQuery = true)
    Optional<SignInCounter> lock(String key);

    @Query("""
            select coalesce(max(c.failures), 0) from SignInCounter c
            where c.username = :username and c.lastFailureAt >= :since""")
    int mostRecentFailures(String username, Instant since);

    @Modifying
    @Query("delete from SignInCounter c where c.username = :username")
    int deleteByUsername(String username);

    @Modifying
    @Query("delete from SignInCounter c where c.key = :key")
    int deleteByKey(String key);

    /** Counters with no lock running and no failure since {@code before}: they no longer decide anything. */
    @Modifying
    @Query("""
            delete from SignInCounter c
            where c.lastFailureAt < :before and (c.lockedUntil is null or c.lockedUntil < :now)""")
    int deleteForgotten(Instant before, Instant now);
}
