package io.harvest4j.tests.e2e.extended;

import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.spi.Sleeper;
import io.harvest4j.extended.Clients;
import io.harvest4j.extended.Contacts;
import io.harvest4j.extended.ExpenseCategories;
import io.harvest4j.extended.People;
import io.harvest4j.extended.Projects;
import io.harvest4j.extended.TaskAssignments;
import io.harvest4j.extended.Tasks;
import io.harvest4j.extended.UserAssignments;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.e2e.support.SimulatorClients;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;

/**
 * {@link SimulatorClients} that hand out every facade of the Extended API's first part over one
 * client. Register it in an instance field:
 * {@code @RegisterExtension final ExtendedClients clients = new ExtendedClients(SIMULATOR);}
 */
final class ExtendedClients extends SimulatorClients {

    ExtendedClients(HarvestSimulatorExtension simulator) {
        super(simulator);
    }

    /** @return the facades of the role's client (real waits between retries) */
    Extended as(Role role, Format format) {
        return new Extended(client(role.email, role.password, format, Sleeper.SYSTEM));
    }

    /** @return the facades of a client that retries at once, without waiting */
    Extended withoutWaits(Role role, Format format) {
        return new Extended(client(role.email, role.password, format, NO_WAIT));
    }

    /** The facades over one client. */
    static final class Extended {
        final HarvestClient client;
        final Clients clients;
        final Contacts contacts;
        final Projects projects;
        final Tasks tasks;
        final People people;
        final TaskAssignments taskAssignments;
        final UserAssignments userAssignments;
        final ExpenseCategories expenseCategories;

        Extended(HarvestClient client) {
            this.client = client;
            clients = new Clients(client);
            contacts = new Contacts(client);
            projects = new Projects(client);
            tasks = new Tasks(client);
            people = new People(client);
            taskAssignments = new TaskAssignments(client);
            userAssignments = new UserAssignments(client);
            expenseCategories = new ExpenseCategories(client);
        }
    }
}
