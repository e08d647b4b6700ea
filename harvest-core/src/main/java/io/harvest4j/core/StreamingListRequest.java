package io.harvest4j.core;

import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.internal.Checks;
import java.util.List;
import java.util.stream.Stream;

/**
 * A call whose answer is a list that may be long (a report of a year's entries), ready to run:
 * {@link #execute()} answers the whole list, for small answers; {@link #stream()} answers the items
 * one at a time as the body arrives, holding none but the one being read.
 *
 * <pre>{@code
 * try (Stream<DayEntry> entries = reports.projectEntries(projectId, from, to).stream()) {
 *     BigDecimal hours = entries.map(DayEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
 * }
 * }</pre>
 *
 * <p>A module that declares such calls extends this class with the options of its kind of call,
 * as {@link ExecutableRequest} says.
 *
 * @param <T> the type of the items
 * @param <R> the concrete request type, which the options return
 */
public abstract class StreamingListRequest<T, R extends StreamingListRequest<T, R>> extends ExecutableRequest<List<T>, R> {

    private final Class<T> itemType;
    private final WireShape shape;

    /**
     * @param client the client that runs the call
     * @param call the call's declaration; {@link #execute()} reads its answer with its reader
     * @param itemType the class of each item, for {@link #stream()}
     * @param shape the answer's list shape, for {@link #stream()}
     * @throws InvalidRequestException when any is {@code null}, or the shape is not a list
     */
    protected StreamingListRequest(HarvestClient client, Call<List<T>> call, Class<T> itemType, WireShape shape) {
        super(client, call);
        this.itemType = Checks.required("StreamingListRequest: itemType", itemType);
        this.shape = Checks.required("StreamingListRequest: shape", shape);
        if (!shape.isList()) {
            throw new InvalidRequestException("StreamingListRequest needs a list shape: " + shape);
        }
    }

    /**
     * Sends the call and answers its items as they are decoded from the arriving body; see
     * {@link HarvestClient#stream}. Each run is a new call.
     *
     * @return the items, in the answer's order; the stream must be closed (try-with-resources),
     *     which releases the connection, whether it was read to the end or not. Its operations fail
     *     with a {@link CodecException} when the body turns out malformed and a
     *     {@link TransportException} when it stops arriving for the request timeout.
     * @throws HarvestException on any failure before the first item (an error answer, a refused
     *     connection…), of the subtype that says what went wrong
     */
    public final Stream<T> stream() {
        return client().stream(call(), itemType, shape);
    }

    /** @return the class of each item */
    protected final Class<T> itemType() {
        return itemType;
    }

    /** @return the answer's list shape */
    protected final WireShape shape() {
        return shape;
    }
}
