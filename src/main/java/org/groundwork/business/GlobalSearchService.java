package org.groundwork.business;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lombok.RequiredArgsConstructor;
import org.groundwork.base.Roles;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shell's search box: businesses by legal name, trade name or phone, and contacts by name, e-mail or phone,
 * each matched from the start of the value (the way people type a name) so every lookup uses an index. Partners
 * never reach it: stakeholders are refused like every other business read.
 */
@Service
@PreAuthorize(Roles.IS_INTERNAL)
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class GlobalSearchService {

    static final int MIN_LENGTH = 2;
    private static final int MIN_PHONE_DIGITS = 3;

    private final BusinessSearchRepository search;

    /** Up to {@code limit} hits, businesses first; nothing for fewer than two typed characters. */
    public List<SearchHit> search(String text, int limit) {
        String typed = text == null ? "" : text.trim();
        if (typed.length() < MIN_LENGTH || limit <= 0) {
            return List.of();
        }
        Limit max = Limit.of(limit);
        Map<Long, SearchHit> businesses = new LinkedHashMap<>();
        String name = BusinessNames.normalize(typed);
        String phone = phoneDigits(typed);
        Stream.of(name.isEmpty() ? List.<Business>of() : search.byName(name + "%", max),
                        name.isEmpty() ? List.<Business>of() : search.byTradeName(name + "%", max),
                        phone == null ? List.<Business>of() : search.byPhone(withoutCountryCode(phone) + "%", max))
                .flatMap(List::stream)
                .forEach(b -> businesses.putIfAbsent(b.getId(), hit(b)));
        List<SearchHit> hits = new ArrayList<>(businesses.values());
        String contactName = SearchText.normalize(typed);
        Map<Long, SearchHit> contacts = new LinkedHashMap<>();
        Stream.of(contactName == null ? List.<Contact>of() : search.contactsByName(contactName + "%", max),
                        search.contactsByEmail(escape(SearchText.email(typed)) + "%", max),
                        phone == null ? List.<Contact>of() : search.contactsByPhone(phone + "%", max))
                .flatMap(List::stream)
                .forEach(c -> contacts.putIfAbsent(c.getId(), hit(c)));
        hits.addAll(contacts.values());
        return hits.stream().limit(limit).toList();
    }

    /** Digits only when the text looks like a phone number, so "3M" doesn't search phones for "3". */
    private static String phoneDigits(String typed) {
        String digits = SearchText.digits(typed);
        boolean phoneLike = typed.matches("[0-9()+\\-. ]+");
        return phoneLike && digits != null && digits.length() >= MIN_PHONE_DIGITS ? digits : null;
    }

    /** Business phones are stored without the North American "1" (see {@link DuplicateKeys#phone}). */
    private static String withoutCountryCode(String digits) {
        return digits.length() > MIN_PHONE_DIGITS && digits.startsWith("1") ? digits.substring(1) : digits;
    }

    private static SearchHit hit(Business business) {
        String city = business.getAddress().getCity();
        String place = city == null ? "" : " · " + city;
        String legal = business.getDisplayName().equals(business.getLegalName()) ? "Business"
                : business.getLegalName();
        return new SearchHit(SearchHit.Kind.BUSINESS, business.getId(), business.getDisplayName(), legal + place);
    }

    private static SearchHit hit(Contact contact) {
        String reach = contact.getEmail() != null ? contact.getEmail()
                : contact.getPhone() != null ? contact.getPhone() : "";
        String detail = "Contact at " + contact.getBusiness().getDisplayName() + (reach.isEmpty() ? "" : " · " + reach);
        return new SearchHit(SearchHit.Kind.CONTACT, contact.getBusiness().getId(), contact.getFullName(), detail);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
