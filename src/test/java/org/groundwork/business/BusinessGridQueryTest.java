package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.groundwork.base.AuditEvent;
import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The grid's queries: every filter, every sort column, and paging that neither skips nor repeats a row. */
@GroundworkTest
class BusinessGridQueryTest {

    @Autowired
    BusinessService businesses;
    @Autowired
    TestAccounts accounts;

    private final String tag = "Gq" + TestNames.letters(8);
    private UserAccount owner;

    @BeforeEach
    void signIn() {
        owner = accounts.signIn("grid-staff", Role.STAFF);
    }

    @Test
    void pagesInAnySortColumnCoverEveryRowOnceInOrder() {
        List<String> cities = List.of("Yakima", "Auburn", "Kent", "Auburn", "Everett", "Kent", "Bellevue");
        IntStream.range(0, cities.size())
                .forEach(i -> business(tag + " " + i, b -> b.getAddress().setCity(cities.get(i))));
        for (BusinessColumn column : BusinessColumn.values()) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                Sort sort = BusinessGridState.gridSort(List.of(new Sort.Order(direction, column.sortProperty())));
                List<Long> whole = ids(businesses.search(BusinessFilter.byText(tag), PageRequest.of(0, 50, sort)));
                List<Long> paged = IntStream.range(0, 3).boxed().flatMap(page -> businesses.search(
                        BusinessFilter.byText(tag), PageRequest.of(page, 3, sort)).stream()).map(Business::getId)
                        .toList();
                assertThat(paged).as(column + " " + direction).isEqualTo(whole).hasSize(cities.size());
            }
        }
        Sort byCity = BusinessGridState.gridSort(List.of(Sort.Order.desc(BusinessColumn.CITY.sortProperty())));
        assertThat(businesses.search(BusinessFilter.byText(tag), PageRequest.of(0, 3, byCity)))
                .extracting(b -> b.getAddress().getCity()).containsExactly("Yakima", "Kent", "Kent");
    }

    @Test
    void everyFilterNarrowsTheGridAndTheCountAgrees() {
        Business match = business(tag + " Match", b -> {
            b.setNaicsCode("332710");
            b.getTargeting().setTier(TargetTier.A);
            b.getTargeting().setKeyCompany(true);
            b.getTargeting().setKeyCompanyReason("Anchor employer");
            b.setOwnerId(owner.getId());
            b.setStatus(BusinessStatus.ACTIVE);
            b.setTags(Set.of("exporter"));
        });
        business(tag + " Other", b -> {
            b.setNaicsCode("445110");
            b.getTargeting().setTier(TargetTier.C);
            b.setStatus(BusinessStatus.CLOSED);
        });
        Business archived = business(tag + " Archived", b -> b.setNaicsCode("332710"));
        businesses.archive(archived.getId());
        businesses.recordOpenFlags(match.getId(), 0, 1);

        List<BusinessFilter> filters = List.of(
                new BusinessFilter(tag, Sector.MANUFACTURING, null, null, null, null, null, null, false),
                new BusinessFilter(tag, null, TargetTier.A, null, null, null, null, null, false),
                new BusinessFilter(tag, null, null, true, null, null, null, null, false),
                new BusinessFilter(tag, null, null, null, owner.getId(), null, null, null, false),
                new BusinessFilter(tag, null, null, null, null, BusinessStatus.ACTIVE, null, null, false),
                new BusinessFilter(tag, null, null, null, null, null, "exporter", null, false),
                new BusinessFilter(tag, null, null, null, null, null, null, RiskLevel.WATCH, false));
        for (BusinessFilter filter : filters) {
            assertThat(ids(businesses.search(filter, PageRequest.of(0, 10)))).as(filter.toString())
                    .containsExactly(match.getId());
            assertThat(businesses.count(filter)).as(filter.toString()).isOne();
        }
        BusinessFilter archivedOnly = new BusinessFilter(tag, null, null, null, null, null, null, null, true);
        assertThat(ids(businesses.search(archivedOnly, PageRequest.of(0, 10)))).containsExactly(archived.getId());
        assertThat(businesses.count(BusinessFilter.byText(tag))).isEqualTo(2);
        assertThat(ids(businesses.search(BusinessFilter.byText(tag.toUpperCase() + "-mat"), PageRequest.of(0, 10))))
                .as("the start of the name, whatever the case and punctuation").containsExactly(match.getId());
        assertThat(businesses.count(BusinessFilter.byText(tag.substring(2)))).as("not the middle of a name").isZero();
    }

    @Test
    void tierAndKeyCompanySortAndFilterFromTheirOwnPartAndTheHistoryKeepsTheirNames() {
        Business c = business(tag + " C", b -> b.getTargeting().setTier(TargetTier.C));
        Business a = business(tag + " A", b -> b.getTargeting().setTier(TargetTier.A));
        Business key = business(tag + " Key", b -> {
            b.getTargeting().setTier(TargetTier.B);
            b.getTargeting().setKeyCompany(true);
            b.getTargeting().setKeyCompanyReason("Anchor employer");
        });
        Sort byTier = BusinessGridState.gridSort(List.of(Sort.Order.asc(BusinessColumn.TIER.sortProperty())));
        Sort keyFirst = BusinessGridState.gridSort(List.of(Sort.Order.desc(BusinessColumn.KEY_COMPANY.sortProperty())));

        assertThat(ids(businesses.search(BusinessFilter.byText(tag), PageRequest.of(0, 10, byTier))))
                .containsExactly(a.getId(), key.getId(), c.getId());
        assertThat(ids(businesses.search(BusinessFilter.byText(tag), PageRequest.of(0, 1, keyFirst))))
                .containsExactly(key.getId());
        assertThat(ids(businesses.search(new BusinessFilter(tag, null, TargetTier.C, false, null, null, null, null,
                false), PageRequest.of(0, 10)))).containsExactly(c.getId());

        c.getTargeting().setTier(TargetTier.A);
        c.getFacility().setTenure(FacilityTenure.LEASED);
        businesses.save(c);
        assertThat(businesses.changeHistory(c.getId(), PageRequest.of(0, 10)).getContent())
                .extracting(AuditEvent::getDetails)
                .anySatisfy(details -> assertThat(details).contains("tier: C → A", "facilityTenure: UNKNOWN → LEASED"));
    }

    @Test
    void lastContactAndEmployeesSortWithEmptyValuesTogether() {
        Business early = business(tag + " Early", b -> { });
        Business late = business(tag + " Late", b -> { });
        business(tag + " Never", b -> { });
        businesses.recordContact(early.getId(), LocalDate.of(2025, 3, 1));
        businesses.recordContact(late.getId(), LocalDate.of(2026, 3, 1));
        Sort sort = BusinessGridState.gridSort(List.of(Sort.Order.asc("figures.lastContactDate")));
        List<Business> page = businesses.search(BusinessFilter.byText(tag), PageRequest.of(0, 10, sort));
        assertThat(page.stream().filter(b -> b.getFigures().getLastContactDate() != null).map(Business::getId))
                .containsExactly(early.getId(), late.getId());
    }

    private Business business(String name, java.util.function.Consumer<Business> setup) {
        Business business = new Business();
        business.setLegalName(name);
        setup.accept(business);
        return businesses.save(business);
    }

    private static List<Long> ids(List<Business> page) {
        return page.stream().map(Business::getId).toList();
    }
}
