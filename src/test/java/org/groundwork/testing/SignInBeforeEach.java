package org.groundwork.testing;

import org.groundwork.security.TestAccounts;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Signs in the account a test class names with {@link SignedInAs}. */
class SignInBeforeEach implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SignedInAs account = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), SignedInAs.class)
                .orElseThrow();
        SpringExtension.getApplicationContext(context).getBean(TestAccounts.class)
                .signIn(account.username(), account.roles());
    }
}
