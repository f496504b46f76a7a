package org.groundwork.report;

/** A rendered report, ready to download. */
public record ReportFile(String fileName, String contentType, byte[] content) {
}
