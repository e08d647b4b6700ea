package io.harvest4j.tests.simulator.internal;

import static io.harvest4j.tests.simulator.internal.ExtendedCalls.created;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.ok;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.pathId;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.requireAdmin;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.required;
import static io.harvest4j.tests.simulator.internal.ExtendedCalls.updatedSince;

import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.internal.WireShape.Type;
import java.util.Set;

/**
 * The account's people ({@code /people}, root {@code user}): administrators only. E-mail
 * addresses are unique (ignoring case); passwords are never set or read (a {@code password} in a
 * body is ignored); {@code timezone} takes one of the {@link RailsTimeZones} names; the plan's
 * limit counts active people; a person with hours cannot be deleted, and nobody deletes or
 * archives themselves.
 */
final class PeopleEndpoints {

    /** A person on the wire ({@code is_active} changes through the toggle only once created). */
    static final WireShape USER = new WireShape("user", "users")
            .field("id", Type.INTEGER)
            .writable("email", Type.STRING)
            .writable("first_name", Type.STRING)
            .writable("last_name", Type.STRING)
            .writable("has_access_to_all_future_projects", Type.BOOLEAN)
            .writable("default_hourly_rate", Type.DECIMAL)
            .writable("is_active", Type.BOOLEAN)
            .writable("is_admin", Type.BOOLEAN)
            .writable("is_contractor", Type.BOOLEAN)
            .writable("telephone", Type.STRING)
            .writable("department", Type.STRING)
            .writable("timezone", Type.STRING)
            .field("updated_at", Type.DATETIME)
            .field("created_at", Type.DATETIME);

    private final Account account;
    private final WireWriter writer;

    PeopleEndpoints(Account account, WireWriter writer) {
        this.account = account;
        this.writer = writer;
    }

    /** @param routes where to add the people's routes */
    void addRoutes(RouteTable<Endpoint> routes) {
        routes.add("GET /people", this::list)
                .add("GET /people/{person}", this::show)
                .add("POST /people", this::create)
                .add("PUT /people/{id}", this::update)
                .add("POST /people/{id}/toggle", this::toggle)
                .add("DELETE /people/{id}", this::delete);
    }

    private Answer list(ApiCall call) {
        requireAdmin(call);
        return Answer.of(200, call.format, USER.list(call.format, updatedSince(call, account.users().all()), writer));
    }

    /** {@code GET /people/{id or email}}: digits are an id, anything else an e-mail address (case ignored). */
    private Answer show(ApiCall call) {
        requireAdmin(call);
        String key = call.variable("person");
        User user;
        if (!key.isEmpty() && key.length() <= 18 && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            user = account.users().find(Long.parseLong(key)).orElse(null);
        } else {
            user = account.userByEmail(key).orElse(null);
        }
        if (user == null) {
            throw RequestRefused.notFound("No person " + key);
        }
        return Answer.of(200, call.format, USER.one(call.format, user, writer));
    }

    private Answer create(ApiCall call) {
        requireAdmin(call);
        RequestFields fields = new RequestFields(call.params, USER.root());
        String email = requireUniqueEmail(required(fields, "email"), null);
        User user = new User(email, null, required(fields, "first_name"), required(fields, "last_name"), false,
                Seed.TIMEZONE, null, false, false, false);
        USER.apply(user, fields, Set.of());
        requireKnownZone(user);
        if (user.isActive()) {
            requireRoomForPerson();
        }
        account.users().insert(user);
        return created("/people/" + user.id());
    }

    private Answer update(ApiCall call) {
        requireAdmin(call);
        User user = person(call);
        RequestFields fields = new RequestFields(call.params, USER.root());
        if (fields.has("email")) {
            requireUniqueEmail(required(fields, "email"), user);
        }
        for (String name : new String[] {"first_name", "last_name"}) {
            if (fields.has(name)) {
                required(fields, name);
            }
        }
        if (fields.has("timezone") && RailsTimeZones.zone(fields.get("timezone")).isEmpty()) {
            throw unknownZone(fields.get("timezone"));
        }
        USER.apply(user, fields, Set.of("is_active"));
        account.users().touch(user);
        return ok("/people/" + user.id());
    }

    private Answer toggle(ApiCall call) {
        requireAdmin(call);
        User user = person(call);
        if (user.id() == call.user.id()) {
            throw RequestRefused.badRequest("You cannot archive yourself");
        }
        if (!user.isActive()) {
            requireRoomForPerson();
        }
        user.setActive(!user.isActive());
        account.users().touch(user);
        return Answer.empty(200);
    }

    private Answer delete(ApiCall call) {
        requireAdmin(call);
        User user = person(call);
        if (user.id() == call.user.id()) {
            throw RequestRefused.badRequest("You cannot delete yourself");
        }
        long entries = account.dayEntries().stream().filter(e -> e.userId() == user.id()).count();
        if (entries > 0) {
            throw RequestRefused.badRequest("User " + user.id() + " has " + entries
                    + " day entries: they cannot be deleted (archive them instead)");
        }
        for (UserAssignment assignment : account.userAssignments().all()) {
            if (assignment.userId() == user.id()) {
                account.userAssignments().remove(assignment.id());
            }
        }
        account.users().remove(user.id());
        return Answer.empty(200);
    }

    private User person(ApiCall call) {
        long id = pathId(call, "id", "person");
        return account.users().find(id).orElseThrow(() -> RequestRefused.notFound("No person " + id));
    }

    private String requireUniqueEmail(String email, User self) {
        String trimmed = email.trim();
        if (!trimmed.matches("[^@\\s]+@[^@\\s]+")) {
            throw RequestRefused.badRequest("email is not an e-mail address: '" + trimmed + "'");
        }
        account.userByEmail(trimmed).filter(other -> other != self).ifPresent(other -> {
            throw RequestRefused.badRequest("Email has already been taken (person " + other.id() + ")");
        });
        return trimmed;
    }

    private void requireRoomForPerson() {
        Integer max = account.maxPeople();
        if (max != null && account.users().stream().filter(User::isActive).count() >= max) {
            throw RequestRefused.badRequest("Your plan allows " + max
                    + " active people: archive someone or upgrade the plan first");
        }
    }

    private static void requireKnownZone(User user) {
        if (RailsTimeZones.zone(user.timezoneName()).isEmpty()) {
            throw unknownZone(user.timezoneName());
        }
    }

    private static RequestRefused unknownZone(String name) {
        return RequestRefused.badRequest("timezone is not a time zone the service knows: '" + name
                + "' (use a Rails name such as Eastern Time (US & Canada))");
    }
}
