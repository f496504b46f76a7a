package org.groundwork.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

class KeptAnswerDeflaterTest {

    private static final String ANSWER = "{\"syncId\":3,\"clientId\":4,\"changes\":["
            + "{\"node\":7,\"value\":\"Merge a duplicate…\"},{\"node\":8,\"value\":\"— \\\"é\\\" → 🙂\"}]}".repeat(200);

    @Test
    void betweenRequestsTheUiHoldsTheAnswerDeflatedAndForARequestExactlyAsVaadinWroteIt() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(ANSWER);

        KeptAnswerDeflater.deflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isNull();

        KeptAnswerDeflater.inflate(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(ANSWER);
    }

    @Test
    void theDeflatedAnswerIsAFractionOfTheJson() {
        assertThat(KeptAnswerDeflater.deflate(ANSWER).length).isLessThan(ANSWER.length() / 10);
        assertThat(KeptAnswerDeflater.inflate(KeptAnswerDeflater.deflate(ANSWER))).isEqualTo(ANSWER);
    }

    @Test
    void aUiWithNothingKeptStaysSo() {
        UI ui = new UI();

        KeptAnswerDeflater.inflate(ui);
        KeptAnswerDeflater.deflate(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isNull();
    }
}
