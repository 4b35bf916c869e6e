package org.carbonmrv.monitoring.qa;

import java.util.List;

/** One check a verifier would make, made on every read of the period's data. Pure: no I/O. */
interface QaCheck {
    List<Finding> run(QaInput input);
}
