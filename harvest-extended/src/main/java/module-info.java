/**
 * The Extended REST API of Harvest v1: the account ({@code who_am_i}, the throttle's status),
 * clients, contacts, projects, tasks, people, task and user assignments, expense categories; in
 * time expenses, invoices and reports.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.harvest4j.extended {
    requires transitive io.harvest4j.core;
    requires static jakarta.xml.bind;

    exports io.harvest4j.extended;
    exports io.harvest4j.extended.model;

    // Codecs bind the model's fields directly, through the private constructors and fields: JAXB,
    // the JSON codec, and any codec a third party plugs in. Opened to all for that reason alone.
    opens io.harvest4j.extended.model;
    // the bodies that name a task or a user by id (<task><id>…</id></task>), written by the codecs,
    // never seen by users
    opens io.harvest4j.extended.internal;
}
