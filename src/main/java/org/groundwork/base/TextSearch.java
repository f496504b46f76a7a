package org.groundwork.base;

import java.util.List;
import org.springframework.data.domain.Pageable;

/**
 * Finds records by a piece of their name, a page at a time in the database. What the shared entity picker
 * ({@code base.ui.EntityPicker}) asks as the person types; implemented by the features that own the records.
 */
public interface TextSearch<T> {

    List<T> search(String text, Pageable pageable);

    long count(String text);
}
