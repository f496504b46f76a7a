package org.groundwork.ops;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;

/** Switches {@link ReplicaRead} calls to the replica; runs outside their transaction, which must not start first. */
class ReplicaReadInterceptor implements MethodInterceptor {

    static final Pointcut REPLICA_READS = new ComposablePointcut(new AnnotationMatchingPointcut(ReplicaRead.class, true))
            .union(AnnotationMatchingPointcut.forMethodAnnotation(ReplicaRead.class));

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        return ReplicaRouting.onReplica(invocation::proceed);
    }
}
