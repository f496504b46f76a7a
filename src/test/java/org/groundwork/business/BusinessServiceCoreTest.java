package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.groundwork.base.RuleViolationException;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@GroundworkTest
@SignedInAs(username = "business-core-staff", roles = Role.STAFF)
class BusinessServiceCoreTest {

    @Autowired
    jakarta.validation.Validator validator;
    @Autowired
    BusinessService service;
    @Autowired
    TestAccounts accounts;

    private final String name = "Core " + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aNaicsCodeSetsTheSectorAndCodesStayText() {
        Business business = newBusiness(name + " Tool & Die, LLC");
        business.setNaicsCode("332710");
        // External ids are unique; a fresh one per run, still with the leading zeros that must survive.
        String externalId = "000" + System.nanoTime();
        business.setExternalId(externalId);
        Business saved = service.save(business);
        assertThat(saved.getSector()).isEqualTo(Sector.MANUFACTURING);
        assertThat(service.get(saved.getId()).getExternalId()).isEqualTo(externalId);
    }

    @Test
    void aBusinessCannotBeEstablishedInAFutureYear() {
        Business business = newBusiness(name);
        business.setYearEstablished(java.time.Year.now().getValue() + 1);
        assertThat(validator.validateProperty(business, "yearEstablished"))
                .extracting(jakarta.validation.ConstraintViolation::getMessage)
                .containsExactly("A business can't be established in a future year.");
        business.setYearEstablished(java.time.Year.now().getValue());
        assertThat(validator.validateProperty(business, "yearEstablished")).isEmpty();
    }

    @Test
    void theKeyCompanyReasonKeepsItsSizeLimitInItsOwnPart() {
        Business business = newBusiness(name);
        business.getTargeting().setKeyCompanyReason("x".repeat(501));
        assertThat(validator.validateProperty(business, "targeting.keyCompanyReason"))
                .extracting(jakarta.validation.ConstraintViolation::getMessage)
                .containsExactly("Keep the reason under 500 characters.");
        business.getTargeting().setKeyCompanyReason("x".repeat(500));
        assertThat(validator.validateProperty(business, "targeting.keyCompanyReason")).isEmpty();
    }

    @Test
    void searchMatchesNamesRegardlessOfPunctuationAndLegalSuffix() {
        service.save(newBusiness(name + " Tool & Die, L.L.C."));
        assertThat(service.search(BusinessFilter.byText(name + " tool and die"), PageRequest.of(0, 10)))
                .extracting(Business::getLegalName).containsExactly(name + " Tool & Die, L.L.C.");
    }

    @Test
    void aStaleSaveIsRefusedAndOverwritesNothing() {
        Business saved = service.save(newBusiness(name));
        Business mine = service.get(saved.getId());
        Business theirs = service.get(saved.getId());
        theirs.getAddress().setCity("Tacoma");
        service.save(theirs);
        mine.getAddress().setCity("Spokane");
        assertThatThrownBy(() -> service.save(mine)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.get(saved.getId()).getAddress().getCity()).isEqualTo("Tacoma");
    }

    @Test
    void theNewestEmployeeCountIsTheCurrentOneAndNegativeCountsAreRefused() {
        Business saved = service.save(newBusiness(name));
        service.recordEmployees(saved.getId(), LocalDate.of(2025, 1, 1), 40, "import");
        service.recordEmployees(saved.getId(), LocalDate.of(2026, 6, 1), 55, "visit");
        service.recordEmployees(saved.getId(), LocalDate.of(2024, 1, 1), 30, "history");
        assertThat(service.get(saved.getId()).getFigures().getCurrentEmployees()).isEqualTo(55);
        assertThat(service.employeeHistory(saved.getId())).extracting(EmployeeCount::getEmployees)
                .containsExactly(55, 40, 30);
        assertThatThrownBy(() -> service.recordEmployees(saved.getId(), LocalDate.now(), -1, "typo"))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void derivedFactsDoNotBumpTheVersionSoTheyNeverClashWithAnEditor() {
        Business saved = service.save(newBusiness(name));
        service.recordOpenFlags(saved.getId(), 1, 2);
        service.recordContact(saved.getId(), LocalDate.of(2026, 3, 1));
        service.recordContact(saved.getId(), LocalDate.of(2025, 3, 1));
        Business reloaded = service.get(saved.getId());
        assertThat(reloaded.getFigures().getRiskLevel()).isEqualTo(RiskLevel.ACT_NOW);
        assertThat(reloaded.getFigures().getOpenRedFlags()).isEqualTo(1);
        assertThat(reloaded.getFigures().getOpenYellowFlags()).isEqualTo(2);
        assertThat(reloaded.getFigures().getLastContactDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(reloaded.getVersion()).isEqualTo(saved.getVersion());
    }

    @Test
    void archivedBusinessesLeaveSearchesUntilRestored() {
        Business saved = service.save(newBusiness(name));
        service.archive(saved.getId());
        assertThat(service.count(BusinessFilter.byText(name))).isZero();
        service.restore(saved.getId());
        assertThat(service.count(BusinessFilter.byText(name))).isEqualTo(1);
    }

    @Test
    void partnersCannotReadBusinessRecords() {
        accounts.signIn("business-core-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> service.count(BusinessFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    private static Business newBusiness(String legalName) {
        Business business = new Business();
        business.setLegalName(legalName);
        return business;
    }
}
