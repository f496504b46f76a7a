package org.groundwork.business;

import static org.groundwork.business.DemoBusinessCatalog.FIRST_NAMES;
import static org.groundwork.business.DemoBusinessCatalog.INDUSTRIES;
import static org.groundwork.business.DemoBusinessCatalog.KEY_REASONS;
import static org.groundwork.business.DemoBusinessCatalog.LAST_NAMES;
import static org.groundwork.business.DemoBusinessCatalog.LEGAL_SUFFIXES;
import static org.groundwork.business.DemoBusinessCatalog.NAME_PARTS;
import static org.groundwork.business.DemoBusinessCatalog.OWNERSHIP_TYPES;
import static org.groundwork.business.DemoBusinessCatalog.STREETS;
import static org.groundwork.business.DemoBusinessCatalog.TAGS;
import static org.groundwork.business.DemoBusinessCatalog.TITLES;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.RunAsSystem;
import org.groundwork.business.DemoBusinessCatalog.Industry;
import org.groundwork.security.StaffDirectory;
import org.groundwork.security.StaffMember;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's businesses: 150 firms of Riverton, a mid-size town, with contacts, a few years of
 * employee counts, tiers, key companies and leases. Seeded once into an empty database, through the services,
 * with a fixed random seed so every demo looks the same.
 */
@Component
@Profile("demo")
@Order(20)
@RequiredArgsConstructor
class DemoBusinesses implements ApplicationRunner {

    static final int COUNT = 150;

    private final BusinessService businesses;
    private final ContactService contacts;
    private final StaffDirectory staff;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        RunAsSystem.run(() -> {
            if (businesses.count(BusinessFilter.all()) == 0) {
                seed();
            }
        });
    }

    /** Adds the demo town; package-private so a test can seed it into a database that already has data. */
    void seed() {
        List<Long> owners = List.of("staff", "riley").stream().map(staff::findByUsername).flatMap(Optional::stream)
                .map(StaffMember::id).toList();
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < COUNT; i++) {
            Industry industry = industry(i);
            String brand = brand(i);
            Business business = businesses.save(describe(i, brand, industry, owners, random, today));
            addContacts(business, brand, random);
            addEmployeeHistory(business, industry, random, today);
            if (i % 3 != 0) {
                // Contacts made before the program used Groundwork; the visits demo adds recent ones.
                businesses.recordContact(business.getId(), today.minusDays(20L + random.nextInt(900)));
            }
        }
        addLikelyDuplicates();
    }

    /** Two firms entered a second time in another way, as happens in real data, to try merging on. */
    private void addLikelyDuplicates() {
        Business sameNameAndPhone = new Business();
        sameNameAndPhone.setLegalName(brand(1) + ", Incorporated");
        sameNameAndPhone.setPhone("937.555.0101");
        businesses.save(sameNameAndPhone);
        Business sameWebsite = new Business();
        sameWebsite.setLegalName(NAME_PARTS.get(4) + " Fitness");
        sameWebsite.setWebsite(slug(brand(4)) + ".example");
        businesses.save(sameWebsite);
    }

    private static Industry industry(int i) {
        return INDUSTRIES.get((i * 7 + i / INDUSTRIES.size()) % INDUSTRIES.size());
    }

    private static String brand(int i) {
        return NAME_PARTS.get(i % NAME_PARTS.size()) + " " + industry(i).noun();
    }

    private static Business describe(int i, String brand, Industry industry, List<Long> owners, Random random,
                                     LocalDate today) {
        Business business = new Business();
        if (i % 4 == 0) {
            business.setLegalName(LAST_NAMES.get(i % LAST_NAMES.size()) + " Family Enterprises LLC");
            business.setTradeName(brand);
        } else {
            business.setLegalName(brand + LEGAL_SUFFIXES.get(i % LEGAL_SUFFIXES.size()));
        }
        business.setNaicsCode(industry.naics());
        Address address = business.getAddress();
        address.setStreet((100 + (i * 37) % 4800) + " " + STREETS.get(i % STREETS.size()));
        address.setCity("Riverton");
        address.setRegion("OH");
        address.setPostalCode("4550" + (1 + i % 6));
        business.setPhone(String.format(Locale.ROOT, "(937) 555-%04d", 100 + i));
        if (i % 3 != 2) {
            business.setWebsite("https://www." + slug(brand) + ".example");
        }
        business.setOwnershipType(OWNERSHIP_TYPES.get(i % OWNERSHIP_TYPES.size()));
        business.setLocalOwnership(i % 5 == 0 ? LocalOwnership.BRANCH : LocalOwnership.LOCAL);
        business.getFacility().setTenure(i % 3 == 0 ? FacilityTenure.LEASED : FacilityTenure.OWNED);
        if (i % 3 == 0) {
            business.getFacility().setLeaseExpiry(today.plusMonths(random.nextInt(48) - 6L).withDayOfMonth(1));
        }
        business.setYearEstablished(1925 + (i * 13) % 98);
        boolean key = i % 9 == 0;
        Targeting targeting = business.getTargeting();
        targeting.setKeyCompany(key);
        targeting.setKeyCompanyReason(key ? KEY_REASONS.get(i / 9 % KEY_REASONS.size()) : null);
        targeting.setTier(i % 11 == 5 ? null : key || i % 7 == 0 ? TargetTier.A : i % 3 == 0 ? TargetTier.B
                : TargetTier.C);
        business.setOwnerId(owners.isEmpty() || i % 8 == 3 ? null : owners.get(i % owners.size()));
        business.setConsentToName(i % 2 == 0);
        business.setStatus(i == 37 ? BusinessStatus.CLOSED : i == 88 ? BusinessStatus.RELOCATED
                : BusinessStatus.ACTIVE);
        Set<String> tags = new LinkedHashSet<>();
        for (int t = 0; t < i % 3; t++) {
            tags.add(TAGS.get((i + t * 3) % TAGS.size()));
        }
        business.setTags(tags);
        return business;
    }

    private void addContacts(Business business, String brand, Random random) {
        int people = 1 + random.nextInt(3);
        for (int p = 0; p < people; p++) {
            String first = FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
            String last = LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
            Contact contact = new Contact(business);
            contact.setFullName(first + " " + last);
            contact.setTitle(TITLES.get(p == 0 ? random.nextInt(2) : 2 + random.nextInt(TITLES.size() - 2)));
            contact.setEmail((first + "." + last).toLowerCase(Locale.ROOT) + "@" + slug(brand) + ".example");
            contact.setPhone(String.format(Locale.ROOT, "(937) 555-%04d", 1000 + random.nextInt(8000)));
            contact.setPrimary(p == 0);
            contacts.save(contact);
        }
    }

    /** Two to four yearly counts drifting up or down, so the demo shows jobs gained and lost. */
    private void addEmployeeHistory(Business business, Industry industry, Random random, LocalDate today) {
        int entries = 2 + random.nextInt(3);
        int employees = industry.minEmployees()
                + random.nextInt(industry.maxEmployees() - industry.minEmployees() + 1);
        for (int e = entries - 1; e >= 0; e--) {
            LocalDate asOf = today.minusYears(e).minusDays(random.nextInt(60));
            businesses.recordEmployees(business.getId(), asOf, employees, e == entries - 1 ? "state register"
                    : "visit");
            employees = Math.max(1, employees + (int) Math.round(employees * (random.nextDouble() * 0.3 - 0.12)));
        }
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
