package org.groundwork.report;

import org.groundwork.testing.GroundworkTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/** Report tests on a fresh hand-counted data set, {@link ReportFixture}, written before each test. */
@GroundworkTest
abstract class ReportFixtureTestBase {

    @Autowired
    private ReportFixtures fixtures;

    ReportFixture data;

    @BeforeEach
    void writeTheDataSet() {
        data = fixtures.create();
    }
}
