/**
 * The Extended REST API of Harvest v1: the account ({@code who_am_i}, the throttle's status), and
 * in time clients, contacts, projects, tasks, people, assignments, expenses, invoices and reports.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.harvest4j.extended {
    requires transitive io.harvest4j.core;
    requires static jakarta.xml.bind;

    exports io.harvest4j.extended;
    exports io.harvest4j.extended.model;

    // the codecs bind the model's fields directly
    opens io.harvest4j.extended.model to jakarta.xml.bind, org.glassfish.jaxb.runtime, org.glassfish.jaxb.core,
            org.eclipse.yasson;
}
