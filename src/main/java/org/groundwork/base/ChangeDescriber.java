package org.groundwork.base;

import jakarta.persistence.Embeddable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import org.springframework.util.ReflectionUtils;

/**
 * Turns Hibernate's entity state into the one-line "field: old → new" text the audit trail shows. An embedded
 * part (such as a business's address) is described field by field, as if its fields sat on the entity.
 */
final class ChangeDescriber {

    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "createdBy", "updatedAt",
            "updatedBy");
    private static final int MAX_VALUE = 200;

    private ChangeDescriber() {
    }

    static String describeNew(Class<?> type, String[] names, Object[] state) {
        StringJoiner text = new StringJoiner("; ");
        for (int i = 0; i < names.length; i++) {
            if (isEmbedded(state[i])) {
                String described = describeNew(state[i].getClass(), fieldNames(state[i].getClass()),
                        fieldValues(state[i].getClass(), state[i]));
                if (!described.isEmpty()) {
                    text.add(described);
                }
            } else if (!BOOKKEEPING.contains(names[i]) && state[i] != null && !(state[i] instanceof Collection<?>)) {
                text.add(names[i] + ": " + render(type, names[i], state[i]));
            }
        }
        return text.toString();
    }

    static String describeChanges(Class<?> type, String[] names, int[] dirty, Object[] oldState, Object[] state) {
        StringJoiner text = new StringJoiner("; ");
        for (int index : dirty) {
            String name = names[index];
            Object before = oldState == null ? null : oldState[index];
            if (BOOKKEEPING.contains(name) || state[index] instanceof Collection<?>) {
                continue;
            }
            if (isEmbedded(state[index]) || isEmbedded(before)) {
                Class<?> part = (isEmbedded(state[index]) ? state[index] : before).getClass();
                String[] fields = fieldNames(part);
                Object[] was = fieldValues(part, before);
                Object[] now = fieldValues(part, state[index]);
                int[] changed = IntStream.range(0, fields.length)
                        .filter(i -> !Objects.equals(was[i], now[i])).toArray();
                String described = describeChanges(part, fields, changed, was, now);
                if (!described.isEmpty()) {
                    text.add(described);
                }
                continue;
            }
            if (isRedacted(type, name)) {
                text.add(name + ": changed");
            } else {
                text.add(name + ": " + render(type, name, before) + " → " + render(type, name, state[index]));
            }
        }
        return text.toString();
    }

    static String describeCollection(String field, Object snapshot, Object current) {
        Object before = snapshot instanceof Map<?, ?> map ? map.keySet() : snapshot;
        return field + ": " + renderPlain(before) + " → " + renderPlain(current);
    }

    private static boolean isEmbedded(Object value) {
        return value != null && value.getClass().isAnnotationPresent(Embeddable.class);
    }

    private static List<Field> fields(Class<?> part) {
        return Arrays.stream(part.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).toList();
    }

    private static String[] fieldNames(Class<?> part) {
        return fields(part).stream().map(Field::getName).toArray(String[]::new);
    }

    /** The embedded part's field values in declaration order; all null where the part itself is null. */
    private static Object[] fieldValues(Class<?> part, Object value) {
        return fields(part).stream().map(field -> {
            if (value == null) {
                return null;
            }
            ReflectionUtils.makeAccessible(field);
            return ReflectionUtils.getField(field, value);
        }).toArray();
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
