package io.harvest4j.tests.simulator.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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
        if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw RequestRefused.badRequest(name + " must be a number, not '" + text + "'");
        }
        return Long.parseLong(text);
    }

    /**
     * @param a a name
     * @param b another
     * @return whether they are the same ignoring case and surrounding blanks
     */
    static boolean sameName(String a, String b) {
        return a != null && b != null && a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }
}
