package org.groundwork.ops;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * Applies {@link ReplicaReadInterceptor} to {@link ReplicaRead} methods, ahead of the transaction and security
 * interceptors, so the replica is chosen before a transaction takes a connection. Harmless without a replica: the
 * plain data source ignores the choice.
 */
@Configuration(proxyBeanMethods = false)
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class ReplicaReadConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor replicaReadAdvisor() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(ReplicaReadInterceptor.REPLICA_READS,
                new ReplicaReadInterceptor());
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
