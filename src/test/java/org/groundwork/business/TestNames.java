package org.groundwork.business;

import java.util.concurrent.ThreadLocalRandom;

/** Random lower-case letters, for business names that no other test shares (tests share one database). */
public final class TestNames {

    private TestNames() {
    }

    public static String letters(int length) {
        StringBuilder text = new StringBuilder();
        ThreadLocalRandom.current().ints(length, 'a', 'z' + 1).forEach(c -> text.append((char) c));
        return text.toString();
    }
}
