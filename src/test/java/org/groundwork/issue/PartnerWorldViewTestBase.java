package org.groundwork.issue;

import java.util.function.Function;
import org.groundwork.security.UserAccount;
import org.groundwork.testing.ViewTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** View tests in a fresh {@link PartnerWorld}, signed in before each test as the one of its people they name. */
public abstract class PartnerWorldViewTestBase extends ViewTestBase {

    @Autowired
    private PartnerWorld worlds;

    private final Function<PartnerWorld.World, UserAccount> person;
    protected PartnerWorld.World world;

    protected PartnerWorldViewTestBase(Function<PartnerWorld.World, UserAccount> person) {
        this.person = person;
    }

    @BeforeEach
    protected void buildWorldAndSignIn() {
        world = worlds.build();
        signIn(person.apply(world));
    }
}
