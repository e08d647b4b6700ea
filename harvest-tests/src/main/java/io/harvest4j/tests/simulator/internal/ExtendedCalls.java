package io.harvest4j.tests.simulator.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What every endpoint of the Extended API shares: path ids, the role checks (a denial is a 404,
 * as the live service answered), {@code updated_since}, and the answers without a body —
 * {@code 201} or {@code 200} with a {@code Location}.
 */
final class ExtendedCalls {

    private ExtendedCalls() {
    }

    /**
     * @param call a call
     * @param variable the path variable holding an id
     * @param what what it names, for the message ({@code client})
     * @return the id
     * @throws RequestRefused 404 when it is not ASCII digits (no such resource)
     */
    static long pathId(ApiCall call, String variable, String what) {
        String text = call.variable(variable);
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw RequestRefused.notFound("No " + what + " " + text);
        }
        return Long.parseLong(text);
    }

    /**
     * @param call a call
     * @throws RequestRefused 404 unless the caller is an administrator
     */
    static void requireAdmin(ApiCall call) {
        if (!call.user.isAdmin()) {
            throw denied(call);
        }
    }

    /**
     * @param call a call its caller's role may not make
     * @return the 404 the service answered
     */
    static RequestRefused denied(ApiCall call) {
        return RequestRefused.notFound("Not found: " + call.method + " " + call.path
                + " is not permitted for the role of " + call.user.email());
    }

    /**
     * @param call a call
     * @param name a query parameter
     * @return its value, or null
     */
    static String query(ApiCall call, String name) {
        return call.params.get("", name);
    }

    /**
     * Keeps what changed at or after {@code updated_since}, when the call sends one.
     *
     * @param call a list call
     * @param entities its entities, in order
     * @param <E> their type
     * @return those to list
     * @throws RequestRefused 400 when {@code updated_since} is not a date-time
     */
    static <E extends Entity> List<E> updatedSince(ApiCall call, Collection<E> entities) {
        String text = query(call, "updated_since");
        if (text == null || text.isBlank()) {
            return new ArrayList<>(entities);
        }
        Instant since;
        try {
            since = WireDates.parseUpdatedSince(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw RequestRefused.badRequest("updated_since is not a date-time: '" + text.trim()
                    + "' (use 2010-09-25 18:30, UTC)");
        }
        List<E> result = new ArrayList<>();
        for (E entity : entities) {
            if (!entity.updatedAt().isBefore(since)) {
                result.add(entity);
            }
        }
        return result;
    }

    /**
     * @param location the new resource's path
     * @return {@code 201}, its {@code Location}, an empty body
     */
    static Answer created(String location) {
        return Answer.empty(201).header("Location", location);
    }

    /**
     * @param location the resource's path
     * @return {@code 200}, its {@code Location}, an empty body
     */
    static Answer ok(String location) {
        return Answer.empty(200).header("Location", location);
    }

    /**
     * @param fields a request's fields
     * @param name a required text field
     * @return its value
     * @throws RequestRefused 400 when it is absent or blank
     */
    static String required(RequestFields fields, String name) {
        if (fields.isBlank(name)) {
            throw RequestRefused.badRequest(name.replace('_', '-') + " can't be blank");
        }
        return fields.get(name);
    }

    /**
     * @param fields a request's fields
     * @param name an id field
     * @return its value, or null when absent or blank
     * @throws RequestRefused 400 when it is not a number
     */
    static Long optionalId(RequestFields fields, String name) {
        if (fields.isBlank(name)) {
            return null;
        }
        String text = fields.get(name).trim();
        // not blank, yet empty once trimmed: control characters alone (a NUL) are no number either
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw RequestRefused.badRequest(name + " must be a number, not '" + text + "'");
        }
        return Long.parseLong(text);
    }

    /**
     * @param account the account
     * @param fields a request's fields
     * @return its {@code client_id}
     * @throws RequestRefused 400 when it is absent, blank, not a number or no client's
     */
    static long requiredClient(Account account, RequestFields fields) {
        Long clientId = optionalId(fields, "client_id");
        if (clientId == null) {
            throw RequestRefused.badRequest("client-id can't be blank");
        }
        if (!account.clients().contains(clientId)) {
            throw RequestRefused.badRequest("No client " + clientId);
        }
        return clientId;
    }

    /**
     * Names are unique, ignoring case and surrounding blanks, as the service's validations were.
     *
     * @param others the entities the name must differ from
     * @param nameOf an entity's name
     * @param name the name wanted
     * @param self the entity being renamed (it may keep its name), or null on create
     * @param what what an entity is, for the Hint ({@code client})
     * @param <E> their type
     * @throws RequestRefused 400 {@code Name has already been taken…} when another has it
     */
    static <E extends Entity> void requireUniqueName(Iterable<E> others, Function<E, String> nameOf, String name,
            E self, String what) {
        for (E other : others) {
            String taken = nameOf.apply(other);
            if (other != self && taken != null
                    && taken.trim().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
                throw RequestRefused.badRequest("Name has already been taken: " + what + " " + other.id() + " is '"
                        + taken + "'");
            }
        }
    }
}
