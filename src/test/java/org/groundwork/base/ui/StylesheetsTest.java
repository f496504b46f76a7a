package org.groundwork.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The app's stylesheets close every rule. A rule left open (a lost "}") doesn't break the file: the browser reads
 * every rule after it as nested CSS, so ".gw-portal-card" silently became ".gw-timeline-detail .gw-portal-card" and
 * matched nothing (the portal cards' title ran into their counts at a phone's width). Only at-rules such as
 * {@code @media} may hold rules; the app writes no nested CSS.
 */
class StylesheetsTest {

    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Path STYLES = Path.of("frontend", "styles");

    @Test
    void everyRuleIsClosedAndOnlyAtRulesHoldRules() throws IOException {
        List<Path> sheets;
        try (Stream<Path> files = Files.list(STYLES)) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            assertThat(problems(Files.readString(sheet))).as(sheet.toString()).isEmpty();
        }
    }

    @Test
    void aLostClosingBraceIsCaught() {
        assertThat(problems(".a {\n  color: red;\n.b {\n  display: flex;\n}\n")).isNotEmpty();
        assertThat(problems("@media (max-width: 600px) {\n  .a {\n    display: none;\n  }\n}\n")).isEmpty();
    }

    /** Each rule opened inside a plain rule, and each rule never closed, by its line number. */
    static List<String> problems(String css) {
        String text = COMMENT.matcher(css).replaceAll(comment -> comment.group().replaceAll("[^\\n]", " "));
        List<String> problems = new ArrayList<>();
        List<Boolean> openAtRules = new ArrayList<>();
        int line = 1;
        int selectorStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                boolean atRule = text.substring(selectorStart, i).strip().startsWith("@");
                if (!openAtRules.isEmpty() && !openAtRules.getLast()) {
                    problems.add("line " + line + ": a rule opened inside a rule (a missing \"}\" above?)");
                }
                openAtRules.add(atRule);
                selectorStart = i + 1;
            } else if (c == '}') {
                if (openAtRules.isEmpty()) {
                    problems.add("line " + line + ": \"}\" closes nothing");
                } else {
                    openAtRules.removeLast();
                }
                selectorStart = i + 1;
            } else if (c == ';') {
                selectorStart = i + 1;
            }
        }
        if (!openAtRules.isEmpty()) {
            problems.add(openAtRules.size() + " rule(s) never closed");
        }
        return problems;
    }
}
