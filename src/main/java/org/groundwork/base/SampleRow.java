package org.groundwork.base;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * One made-up record for any design: each field gets a plain value of its declared type (its name, one, true, 1 January 1970), so a
 * design's bands, charts and exporters run once before a real report needs them.
 */
class SampleRow implements JRDataSource {

    private boolean read;

    @Override
    public boolean next() {
        boolean first = !read;
        read = true;
        return first;
    }

    @Override
    public Object getFieldValue(JRField field) {
        Class<?> type = field.getValueClass();
        if (type == String.class) {
            return field.getName();
        }
        if (type == Double.class) {
            return 1d;
        }
        if (type == Integer.class) {
            return 1;
        }
        if (type == Long.class) {
            return 1L;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        }
        if (type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == LocalDate.class) {
            return LocalDate.EPOCH;
        }
        if (type == Instant.class) {
            return Instant.EPOCH;
        }
        return null;
    }
}
