package org.groundwork.visit;

/**
 * Something other features let people start from a visit, such as "Part of a wider issue…" or "Growth
 * opportunity…", so that the visit module never depends on them. Implementations are Spring beans; the visit
 * page shows each as a button on the visit and, where {@link #offeredOnAnswers()} is true, beside every answer.
 */
public interface VisitAction {

    String label();

    boolean offeredOnAnswers();

    /** Runs in the UI thread; typically opens the contributing feature's own dialog. */
    void start(VisitContext context);
}
