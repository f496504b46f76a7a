package org.groundwork.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/** In the application, replica reads are advised, and the replica is chosen before any transaction begins. */
@GroundworkTest
class ReplicaReadAdviceTest {

    @Autowired
    ApplicationContext context;

    @Test
    void reportsAreReplicaReadsAndTheReplicaIsChosenBeforeTheTransaction() {
        List<Advised> replicaReaders = context.getBeansOfType(Advised.class).values().stream()
                .filter(bean -> indexOf(bean, ReplicaReadInterceptor.class) >= 0).toList();

        assertThat(replicaReaders).extracting(bean -> bean.getTargetClass().getSimpleName())
                .contains("UsersAndAccessReport", "UserAdminService");
        Advised transactional = replicaReaders.stream()
                .filter(bean -> bean.getTargetClass().getSimpleName().equals("UserAdminService")).findFirst()
                .orElseThrow();
        assertThat(indexOf(transactional, ReplicaReadInterceptor.class))
                .isLessThan(indexOf(transactional, TransactionInterceptor.class));
    }

    private static int indexOf(Advised bean, Class<?> adviceType) {
        Advisor[] advisors = bean.getAdvisors();
        for (int i = 0; i < advisors.length; i++) {
            if (adviceType.isInstance(advisors[i].getAdvice())) {
                return i;
            }
        }
        return -1;
    }
}
