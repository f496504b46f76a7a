package org.groundwork.issue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds every public read method of every {@code @Service} bean of the app and calls it through the bean's proxy,
 * so method security decides, with arguments the caller supplies per parameter (real ids of records the caller must
 * not see, see {@link PartnerAccessTest}). A read method is one that runs in a read-only transaction (its own
 * {@code @Transactional(readOnly = true)}, or its class's when it declares none): that is how the services say
 * "this only reads".
 */
final class ServiceReadMethods {

    /** Let in (people inside the EDO: what they get back is theirs to see). */
    static final String ALLOWED = "yes";
    /** Refused by method security. */
    static final String REFUSED = "no";
    /** A partner let in who got nothing back: an empty answer, "not found", or no such record for them. */
    static final String NOTHING = "none";
    /** A partner let in who got something back: the table's comments say why that is theirs to see. */
    static final String SOMETHING = "some";

    private static final Map<Class<?>, Object> ZEROS = Map.of(boolean.class, false, int.class, 0, long.class, 0L,
            double.class, 0d, float.class, 0f, short.class, (short) 0, byte.class, (byte) 0, char.class, '\0');

    private ServiceReadMethods() {
    }

    /** One read method on its bean; {@link #call} runs it with the arguments given per parameter. */
    record ReadMethod(Object bean, Method method) {

        Object call(Function<Parameter, Object> arguments) {
            Object[] values = Arrays.stream(method.getParameters()).map(arguments).toArray();
            try {
                return method.invoke(bean, values);
            } catch (InvocationTargetException thrown) {
                if (thrown.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(thrown.getCause());
            } catch (IllegalAccessException unexpected) {
                throw new IllegalStateException(unexpected);
            }
        }
    }

    /** Every read method, by "Service.method(ParameterTypes)". */
    static Map<String, ReadMethod> of(ApplicationContext context) {
        Map<String, ReadMethod> reads = new LinkedHashMap<>();
        context.getBeansWithAnnotation(Service.class).values().stream()
                .filter(bean -> AopUtils.getTargetClass(bean).getPackageName().startsWith("org.groundwork"))
                .sorted(Comparator.comparing(bean -> AopUtils.getTargetClass(bean).getSimpleName()))
                .forEach(bean -> {
                    Class<?> type = AopUtils.getTargetClass(bean);
                    Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && isRead(type, m))
                            .sorted(Comparator.comparing(ServiceReadMethods::name))
                            .forEach(m -> reads.put(name(m), new ReadMethod(bean, m)));
                });
        return reads;
    }

    /**
     * What the caller signed in now got: {@link #REFUSED} by method security, else {@link #ALLOWED} for people inside
     * the EDO (a failure after method security let them in still means they were let in), and for a partner
     * {@link #NOTHING} or {@link #SOMETHING} depending on what came back.
     */
    static String outcome(boolean partner, ReadMethod read, Function<Parameter, Object> arguments) {
        Object result;
        try {
            result = read.call(arguments);
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException refused) {
            return REFUSED;
        } catch (RuntimeException letInButFound) {
            return partner ? NOTHING : ALLOWED;
        }
        return !partner ? ALLOWED : isEmpty(result) ? NOTHING : SOMETHING;
    }

    /** {@link #ALLOWED} or {@link #REFUSED} for the caller signed in now, calling with empty arguments. */
    static String outcome(ReadMethod read) {
        return outcome(false, read, ServiceReadMethods::empty);
    }

    /** null, or for a primitive its zero (false for a boolean): method security decides before the method runs. */
    private static Object empty(Parameter parameter) {
        return ZEROS.get(parameter.getType());
    }

    static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
                + ")";
    }

    private static boolean isEmpty(Object result) {
        return switch (result) {
            case null -> true;
            case Optional<?> optional -> optional.isEmpty();
            case Collection<?> collection -> collection.isEmpty();
            case Map<?, ?> map -> map.isEmpty();
            case Page<?> page -> page.isEmpty();
            case Number number -> number.longValue() == 0;
            case Boolean flag -> !flag;
            default -> false;
        };
    }

    private static boolean isRead(Class<?> type, Method method) {
        Transactional own = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
        Transactional transaction = own != null ? own : AnnotatedElementUtils.findMergedAnnotation(type,
                Transactional.class);
        return transaction != null && transaction.readOnly();
    }
}
