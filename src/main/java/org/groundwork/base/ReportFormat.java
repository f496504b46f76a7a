package org.groundwork.base;

import lombok.RequiredArgsConstructor;

/** The file formats a report design renders to. */
@RequiredArgsConstructor
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
