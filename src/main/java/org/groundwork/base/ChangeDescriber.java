package org.groundwork.base;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.util.ReflectionUtils;

/** Turns Hibernate's entity state into the one-line "field: old → new" text the audit trail shows. */
final class ChangeDescriber {

    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "createdBy", "updatedAt",
            "updatedBy");
    private static final int MAX_VALUE = 200;

    private ChangeDescriber() {
    }

    static String describeNew(Class<?> type, String[] names, Object[] state) {
        StringJoiner text = new StringJoiner("; ");
        for (int i = 0; i < names.length; i++) {
            if (!BOOKKEEPING.contains(names[i]) && state[i] != null && !(state[i] instanceof Collection<?>)) {
                text.add(names[i] + ": " + render(type, names[i], state[i]));
            }
        }
        return text.toString();
    }

    static String describeChanges(Class<?> type, String[] names, int[] dirty, Object[] oldState, Object[] state) {
        StringJoiner text = new StringJoiner("; ");
        for (int index : dirty) {
            String name = names[index];
            if (BOOKKEEPING.contains(name) || state[index] instanceof Collection<?>) {
                continue;
            }
            if (isRedacted(type, name)) {
                text.add(name + ": changed");
            } else {
                Object before = oldState == null ? null : oldState[index];
                text.add(name + ": " + render(type, name, before) + " → " + render(type, name, state[index]));
            }
        }
        return text.toString();
    }

    static String describeCollection(String field, Object snapshot, Object current) {
        Object before = snapshot instanceof Map<?, ?> map ? map.keySet() : snapshot;
        return field + ": " + renderPlain(before) + " → " + renderPlain(current);
    }

    private static String render(Class<?> type, String name, Object value) {
        if (value != null && isRedacted(type, name)) {
            return "(hidden)";
        }
        return renderPlain(value);
    }

    private static String renderPlain(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof AbstractEntity entity) {
            return AuditTrailRecorder.typeName(entity) + " #" + entity.getId();
        }
        String text = value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…\"" : text;
    }

    private static boolean isRedacted(Class<?> type, String name) {
        Field field = ReflectionUtils.findField(type, name);
        return field != null && field.isAnnotationPresent(AuditRedacted.class);
    }
}
