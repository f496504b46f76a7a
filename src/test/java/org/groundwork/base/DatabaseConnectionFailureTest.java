package org.groundwork.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.groundwork.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Starting on the mysql profile with no server to reach ends with a message naming the settings to fix. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseConnectionFailureTest {

    @Test
    void anUnreachableDatabaseIsExplainedWithTheSettingToFix(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class).profiles("mysql")
                .run("--spring.datasource.url=jdbc:mysql://127.0.0.1:9/groundwork?connectTimeout=2000",
                        "--spring.datasource.hikari.connection-timeout=2000", "--spring.main.web-application-type=none"))
                .isInstanceOf(Exception.class);
        assertThat(output.getAll()).contains("Groundwork could not connect to its database at "
                + "jdbc:mysql://127.0.0.1:9/groundwork").contains("GROUNDWORK_DB_URL");
    }
}
