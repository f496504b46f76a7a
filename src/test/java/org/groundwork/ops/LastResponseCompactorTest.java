package org.groundwork.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The answer a UI keeps is rewritten to Latin-1 without changing the JSON it replays. */
class LastResponseCompactorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void charactersBeyondLatin1BecomeEscapesOfTheSameJson() {
        String answer = "{\"syncId\":3,\"changes\":[{\"value\":\"Merge a duplicate…\"},{\"value\":\"— \\\"é\\\" → 🙂\"}]}";

        String compact = LastResponseCompactor.latin1(answer);

        assertThat(compact.chars()).allMatch(c -> c <= 0xFF);
        assertThat(compact).contains("\\u2026", "é");
        assertThat(json.readTree(compact)).isEqualTo(json.readTree(answer));
    }

    @Test
    void aLatin1AnswerIsKeptAsItIs() {
        String answer = "{\"value\":\"Café, 1-0\"}";

        assertThat(LastResponseCompactor.latin1(answer)).isSameAs(answer);
        assertThat(LastResponseCompactor.latin1(null)).isNull();
    }
}
