package io.harvest4j.tests.simulator.internal;

import io.harvest4j.tests.simulator.Seed;
import java.net.URI;
import java.util.function.Supplier;

/** {@code GET /account/who_am_i} and {@code GET /account/rate_limit_status}, XML names hyphenated. */
final class AccountEndpoints {

    private final Account account;
    private final Throttle throttle;
    private final WireWriter writer;
    private final Supplier<URI> baseUri;

    AccountEndpoints(Account account, Throttle throttle, WireWriter writer, Supplier<URI> baseUri) {
        this.account = account;
        this.throttle = throttle;
        this.writer = writer;
        this.baseUri = baseUri;
    }

    /** @param routes where to add {@code GET /account/who_am_i} and {@code GET /account/rate_limit_status} (not throttled) */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("GET /account/who_am_i", this::whoAmI)
                .add("GET /account/rate_limit_status", Endpoint.unthrottled(this::rateLimitStatus));
    }

    private Answer whoAmI(ApiCall call) {
        URI base = baseUri.get();
        WireObject company = WireObject.create()
                .string("base_uri", base.toString())
                .string("full_domain", base.getAuthority())
                .string("name", Seed.COMPANY_NAME)
                .bool("active", true)
                .string("week_start_day", "Monday")
                .string("time_format", "decimal")
                .string("clock", "12h")
                .string("decimal_symbol", ".")
                .string("color_scheme", "orange")
                .object("modules", WireObject.create()
                        .bool("expenses", true)
                        .bool("invoices", true)
                        .bool("estimates", false)
                        .bool("approval", true))
                .string("thousands_separator", ",");
        User user = call.user;
        long offset = user.zone().getRules().getOffset(call.now).getTotalSeconds();
        WireObject person = WireObject.create()
                .string("timezone", user.timezoneName())
                .integer("timezone_utc_offset", offset)
                .integer("id", user.id())
                .string("email", user.email())
                .bool("admin", user.isAdmin())
                .string("first_name", user.firstName())
                .string("last_name", user.lastName())
                .string("avatar_url", base + "/assets/profile_images/" + user.id() + ".png")
                .object("project_manager", WireObject.create()
                        .bool("is_project_manager", account.isProjectManager(user.id()))
                        .bool("can_see_rates", user.canSeeRates())
                        .bool("can_create_projects", user.canCreateProjects())
                        .bool("can_create_invoices", user.canCreateInvoices()))
                .bool("timestamp_timers", account.timestampTimers());
        WireObject hash = WireObject.create().object("company", company).object("user", person);
        return Answer.of(200, call.format, writer.write(call.format, "hash", hash, WireWriter.XmlNaming.HYPHENATED));
    }

    private Answer rateLimitStatus(ApiCall call) {
        Throttle.Status status = throttle.status(call.now);
        WireObject hash = WireObject.create()
                .dateTime("last_access_at", status.lastAccessAt, WireDates.ISO_Z, WireDates.ISO_OFFSET)
                .integer("count", (long) status.count)
                .integer("timeframe_limit", status.timeframeSeconds)
                .integer("max_calls", (long) status.maxCalls)
                .integer("lockout_seconds", status.lockoutSeconds)
                .integer("requests_available", (long) status.requestsAvailable);
        return Answer.of(200, call.format, writer.write(call.format, "hash", hash, WireWriter.XmlNaming.HYPHENATED));
    }
}
