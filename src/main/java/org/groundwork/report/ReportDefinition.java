package org.groundwork.report;

/**
 * One entry of the report catalog. Implementations are Spring beans; their {@link #renderPdf()} must go
 * through secured services, so a report never shows what its reader could not open in the app.
 */
public interface ReportDefinition {

    String title();

    /** One plain sentence on what the report answers. */
    String description();

    /** Whether the signed-in user may run it; the catalog lists only those. */
    boolean isAvailable();

    String fileName();

    byte[] renderPdf();
}
