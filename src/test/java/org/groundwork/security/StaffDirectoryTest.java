package org.groundwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@GroundworkTest
class StaffDirectoryTest {

    @Autowired
    StaffDirectory directory;
    @Autowired
    TestAccounts accounts;

    @Test
    void listsPeopleInsideTheEdoButNotPartners() {
        accounts.ensure("dir-staff-member", Role.STAFF);
        accounts.ensure("dir-partner-member", Role.STAKEHOLDER);
        accounts.signIn("dir-director", Role.DIRECTOR);
        assertThat(directory.search("dir-", PageRequest.of(0, 20))).extracting(StaffMember::username)
                .contains("dir-staff-member", "dir-director").doesNotContain("dir-partner-member");
        assertThat(directory.count("dir-staff-member")).isEqualTo(1);
    }
}
