package org.groundwork.issue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds every public read method of every {@code @Service} bean of the app and calls it through the bean's proxy,
 * so method security decides. A read method is one that runs in a read-only transaction (its own
 * {@code @Transactional(readOnly = true)}, or its class's when it declares none): that is how the services say
 * "this only reads". The calls pass empty arguments (null, 0, false): method security decides before the method
 * runs, so whatever the method does with them afterwards (a result, "not found", a NullPointerException) means
 * the caller was let in.
 */
final class ServiceReadMethods {

    static final String ALLOWED = "yes";
    static final String REFUSED = "no";

    private ServiceReadMethods() {
    }

    /** Every read method, by "Service.method(ParameterTypes)", with a call of it on the bean. */
    static Map<String, Runnable> of(ApplicationContext context) {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("org.groundwork"))
                .sorted(Comparator.comparing(bean -> AopUtils.getTargetClass(bean).getSimpleName()))
                .forEach(bean -> {
                    Class<?> type = AopUtils.getTargetClass(bean);
                    Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && isRead(type, m))
                            .sorted(Comparator.comparing(ServiceReadMethods::name))
                            .forEach(m -> calls.put(name(m), () -> invoke(bean, m)));
                });
        return calls;
    }

    /** What method security answered the caller signed in now: {@link #ALLOWED} or {@link #REFUSED}. */
    static String outcome(Runnable call) {
        try {
            call.run();
            return ALLOWED;
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException refused) {
            return REFUSED;
        } catch (RuntimeException letInButFailedOnTheEmptyArguments) {
            return ALLOWED;
        }
    }

    static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private static boolean isRead(Class<?> type, Method method) {
        Transactional own = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        Transactional transaction = own != null ? own : AnnotatedElementUtils.findMergedAnnotation(type,
                Transactional.class);
        return transaction != null && transaction.readOnly();
    }

    private static void invoke(Object bean, Method method) {
        Object[] arguments = Arrays.stream(method.getParameterTypes()).map(EMPTY).toArray();
        try {
            method.invoke(bean, arguments);
        } catch (InvocationTargetException thrown) {
            if (thrown.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(thrown.getCause());
        } catch (IllegalAccessException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private static final Function<Class<?>, Object> EMPTY = type -> {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        if (type == short.class) {
            return (short) 0;
        }
        return 0;
    };
}
