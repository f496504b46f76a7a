package org.groundwork.business.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test files for the import: small CSVs written inline and the real Seattle licence list. */
final class ImportFiles {

    static final Path SEATTLE = Path.of(System.getProperty("groundwork.datasets", "/work/shared/datasets"),
            "seattle-active-business-licenses.csv");

    private ImportFiles() {
    }

    static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] seattle() {
        try {
            return Files.readAllBytes(SEATTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
