package org.groundwork.business.imports;

/** Told how far a commit has got, after each batch; called on the thread running the import. */
@FunctionalInterface
public interface ImportProgress {

    void update(int done, int total);
}
