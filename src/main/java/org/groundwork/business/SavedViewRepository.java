package org.groundwork.business;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SavedViewRepository extends JpaRepository<SavedView, Long> {

    List<SavedView> findByOwnerUsernameOrderByNameAsc(String ownerUsername);

    Optional<SavedView> findByIdAndOwnerUsername(Long id, String ownerUsername);
}
