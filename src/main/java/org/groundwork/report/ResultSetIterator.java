package org.groundwork.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import lombok.RequiredArgsConstructor;

/** Walks an open result set one row at a time, so a report fills from the cursor without a list in between. */
@RequiredArgsConstructor
final class ResultSetIterator<T> implements Iterator<T> {

    interface RowReader<T> {
        T read() throws SQLException;
    }

    private final ResultSet rs;
    private final RowReader<T> reader;
    private Boolean ahead;

    @Override
    public boolean hasNext() {
        if (ahead == null) {
            try {
                ahead = rs.next();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the next report row", e);
            }
        }
        return ahead;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ahead = null;
        try {
            return reader.read();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a report row", e);
        }
    }
}
