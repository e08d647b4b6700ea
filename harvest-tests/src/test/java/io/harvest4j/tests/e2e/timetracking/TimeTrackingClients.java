package io.harvest4j.tests.e2e.timetracking;

import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.e2e.support.SimulatorClients;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.timetracking.TimeTracking;

/**
 * {@link SimulatorClients} that hand out {@link TimeTracking} facades. Register it in an instance
 * field: {@code @RegisterExtension final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);}
 */
final class TimeTrackingClients extends SimulatorClients {

    TimeTrackingClients(HarvestSimulatorExtension simulator) {
        super(simulator);
    }

    /** @return a facade of the role's own timesheet (real waits between retries) */
    TimeTracking as(Role role, Format format) {
        return as(role, format, TimeTracking::new);
    }

    /** @return a facade of the own timesheet of a user the test added */
    TimeTracking as(String email, String password, Format format) {
        return as(email, password, format, TimeTracking::new);
    }

    /** @return a facade whose client retries at once, without waiting */
    TimeTracking withoutWaits(Role role, Format format) {
        return withoutWaits(role, format, TimeTracking::new);
    }
}
