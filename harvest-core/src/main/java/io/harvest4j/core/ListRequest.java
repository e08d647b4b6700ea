package io.harvest4j.core;

import io.harvest4j.core.internal.Checks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A call that lists a collection (clients, projects, people…), ready to run with
 * {@link #execute()} or {@link #executeAsync()}; see {@link ExecutableRequest}. The list can be
 * narrowed to what changed since a moment, which is how a sync job stays within the throttle:
 *
 * <pre>{@code
 * List<Client> changed = clients.list().updatedSince(lastSync).execute();
 * }</pre>
 *
 * @param <T> the type of the collection's items
 */
public final class ListRequest<T> extends ExecutableRequest<List<T>, ListRequest<T>> {

    /** The query parameter of {@link #updatedSince}. */
    public static final String UPDATED_SINCE = "updated_since";

    private ListRequest(HarvestClient client, Call<List<T>> call) {
        super(client, call);
    }

    /**
     * @param client the client that runs the call
     * @param call the call's declaration
     * @param <T> the type of the collection's items
     * @return the request
     * @throws InvalidRequestException when either is {@code null}
     */
    public static <T> ListRequest<T> of(HarvestClient client, Call<List<T>> call) {
        return new ListRequest<>(client, call);
    }

    /**
     * {@code updated_since}: only the items created or changed at or after this moment. The
     * service reads minutes in UTC; the moment is cut down to its minute, so an item changed within
     * that minute is listed too.
     *
     * @param since the moment
     * @return a copy of this request with the filter (replacing any earlier one)
     * @throws InvalidRequestException when it is {@code null} or outside the years 1000 to 9999
     */
    public ListRequest<T> updatedSince(Instant since) {
        return withQuery(UPDATED_SINCE, QueryValues.dateTime(Checks.required("ListRequest.updatedSince: since", since)));
    }

    /**
     * {@code updated_since}; see {@link #updatedSince(Instant)}.
     * @param since the moment
     * @return a copy of this request with the filter (replacing any earlier one)
     */
    public ListRequest<T> updatedSince(OffsetDateTime since) {
        return updatedSince(Checks.required("ListRequest.updatedSince: since", since).toInstant());
    }

    /**
     * {@code updated_since}; see {@link #updatedSince(Instant)}.
     * @param since the moment
     * @return a copy of this request with the filter (replacing any earlier one)
     */
    public ListRequest<T> updatedSince(ZonedDateTime since) {
        return updatedSince(Checks.required("ListRequest.updatedSince: since", since).toInstant());
    }

    @Override
    protected ListRequest<T> copy(Call<List<T>> changed) {
        return new ListRequest<>(client(), changed);
    }
}
