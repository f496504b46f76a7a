package org.groundwork.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Every test that moves the shared clock leaves it at the present again, so no test inherits another's time. */
class RestoreClockAfterEach implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        SpringExtension.getApplicationContext(context).getBean(MutableClock.class).restore();
    }
}
