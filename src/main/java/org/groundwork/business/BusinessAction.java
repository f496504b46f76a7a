package org.groundwork.business;

/**
 * Something another feature lets people start from a business, such as "Plan a visit", "New opportunity" or
 * "Raise a flag", so that the business module never depends on those features. Implementations are Spring
 * beans; the business page shows each as a button, and the target list shows those offered there on every row.
 */
public interface BusinessAction {

    String label();

    /** Position among the actions, lowest first. */
    int order();

    /** Whether the target list ("whom do I visit next?") offers it on each row. */
    default boolean offeredOnTargetList() {
        return false;
    }

    /** Runs in the UI thread; typically opens the contributing feature's own dialog or page. */
    void start(Business business);
}
