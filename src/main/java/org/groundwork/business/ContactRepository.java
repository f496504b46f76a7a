package org.groundwork.business;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRepository extends JpaRepository<Contact, Long> {

    List<Contact> findByBusinessIdOrderByPrimaryDescFullNameAsc(Long businessId);

    List<Contact> findByBusinessIdAndPrimaryTrue(Long businessId);
}
