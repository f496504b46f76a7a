package org.groundwork.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.groundwork.security.Role;
import org.groundwork.security.TestAccounts;
import org.groundwork.testing.GroundworkTest;
import org.groundwork.testing.SignedInAs;
import org.groundwork.testing.TestBusinesses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@GroundworkTest
@SignedInAs(username = "search-staff", roles = Role.STAFF)
class GlobalSearchServiceTest {

    @Autowired
    GlobalSearchService search;
    @Autowired
    BusinessService businesses;
    @Autowired
    TestBusinesses testBusinesses;
    @Autowired
    ContactRepository contacts;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestAccounts accounts;

    /** Letters only, so the normalized names start with it too. */
    private final String tag = "Gs" + TestNames.letters(8);
    // Never starting with 1: business phones are stored without a North American leading "1".
    private final String digits = String.valueOf(200_000_000L + (long) (Math.random() * 799_999_999L));

    @Test
    void findsBusinessesByTheStartOfLegalOrTradeNameIgnoringCaseAndPunctuation() {
        Business legal = business(tag + " Tool & Die, LLC", null);
        Business trade = business("Northwest Holdings " + tag, tag + "-Bakery");
        assertThat(search.search(tag.toLowerCase() + " tool", 10)).extracting(SearchHit::businessId)
                .containsExactly(legal.getId());
        assertThat(search.search(tag.toUpperCase() + " BAK", 10)).singleElement().satisfies(hit -> {
            assertThat(hit.businessId()).isEqualTo(trade.getId());
            assertThat(hit.title()).isEqualTo(tag + "-Bakery");
            assertThat(hit.kind()).isEqualTo(SearchHit.Kind.BUSINESS);
        });
    }

    @Test
    void findsBusinessesAndContactsByPhoneHoweverItWasTyped() {
        Business shop = business(tag + " Hardware", null);
        shop.setPhone("(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6));
        businesses.save(shop);
        contact(shop, "Ann Other", null, digits.substring(0, 3) + "." + digits.substring(3) + "9");
        assertThat(search.search(digits.substring(0, 3) + "-" + digits.substring(3, 7), 10))
                .extracting(SearchHit::kind, SearchHit::businessId)
                .containsExactly(tuple(SearchHit.Kind.BUSINESS, shop.getId()),
                        tuple(SearchHit.Kind.CONTACT, shop.getId()));
    }

    @Test
    void findsContactsByNameOrEmailAndOpensTheirBusiness() {
        Business firm = business(tag + " Logistics", null);
        contact(firm, tag + " Müller", "Dispatch." + tag + "@example.com", null);
        assertThat(search.search(tag + " mull", 10)).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(SearchHit.Kind.CONTACT);
            assertThat(hit.businessId()).isEqualTo(firm.getId());
            assertThat(hit.detail()).contains(tag + " Logistics");
        });
        assertThat(search.search("dispatch." + tag.toLowerCase() + "@", 10)).extracting(SearchHit::title)
                .containsExactly(tag + " Müller");
    }

    @Test
    void archivedBusinessesAndTheirContactsAreNotFound() {
        Business gone = business(tag + " Closed Shop", null);
        contact(gone, tag + " Former", null, null);
        businesses.archive(gone.getId());
        assertThat(search.search(tag, 10)).isEmpty();
    }

    @Test
    void tooShortQueriesFindNothingAndTheLimitHolds() {
        for (int i = 0; i < 4; i++) {
            business(tag + " Branch " + i, null);
        }
        assertThat(search.search("a", 10)).isEmpty();
        assertThat(search.search(tag, 3)).hasSize(3);
    }

    @Test
    void partnersCannotSearchBusinesses() {
        accounts.signIn("search-partner", Role.STAKEHOLDER);
        assertThatThrownBy(() -> search.search("acme", 10)).isInstanceOf(AccessDeniedException.class);
    }

    private Business business(String legalName, String tradeName) {
        return testBusinesses.named(legalName, business -> business.setTradeName(tradeName));
    }

    private void contact(Business business, String name, String email, String phone) {
        transactions.executeWithoutResult(status -> {
            Contact contact = new Contact(businesses.get(business.getId()));
            contact.setFullName(name);
            contact.setEmail(email);
            contact.setPhone(phone);
            contacts.save(contact);
        });
    }
}
