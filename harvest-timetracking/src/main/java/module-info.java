/**
 * The Time Tracking API of Harvest v1: the daily timesheet, day entries and their timers, for the
 * calling user or, for administrators, any user ({@code of_user}).
 *
 * <p>{@code io.harvest4j.timetracking.TimeTracking} is the facade; {@code io.harvest4j.timetracking.model}
 * holds its immutable values. The codecs bind the model's fields directly, so the model package is
 * opened to every codec; so is the non-exported package that holds the request body's wire form.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.harvest4j.timetracking {
    requires transitive io.harvest4j.core;
    requires static jakarta.xml.bind;

    exports io.harvest4j.timetracking;
    exports io.harvest4j.timetracking.model;

    // Codecs bind the model's fields directly, through the private constructors and fields: JAXB,
    // the JSON codec, and any codec a third party plugs in. Opened to all for that reason alone:
    // these packages hold plain values, and a codec module harvest4j has never heard of must reach
    // them on the module path just as the built-in ones do.
    opens io.harvest4j.timetracking.model;
    // the <request> body of /daily/add and /daily/update, written by the codecs, never seen by users
    opens io.harvest4j.timetracking.internal;
}
