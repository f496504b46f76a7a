package org.groundwork.base;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Iterator;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;

/**
 * Feeds Java records to a report: a field named {@code fullName} reads the record's {@code fullName()}
 * accessor. (JasperReports' bean data source expects JavaBean getters, which records do not have.)
 */
class RecordDataSource implements JRDataSource {

    private final Iterator<?> rows;
    private Object current;

    RecordDataSource(Collection<?> rows) {
        this(rows.iterator());
    }

    RecordDataSource(Iterator<?> rows) {
        this.rows = rows;
    }

    @Override
    public boolean next() {
        if (!rows.hasNext()) {
            return false;
        }
        current = rows.next();
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        try {
            Method accessor = current.getClass().getMethod(field.getName());
            return accessor.invoke(current);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Report field " + field.getName() + " is not a component of "
                    + current.getClass().getSimpleName(), e);
        }
    }
}
