package io.harvest4j.core.http;

import io.harvest4j.core.TransportException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A body read as it arrives, as an {@link InputStream}: what {@code BodyHandlers.ofInputStream()}
 * gives, with two differences. A read that waits longer than the idle timeout for the next bytes
 * fails with a {@link TransportException} (the JDK's stream would wait for ever once the headers
 * are in: the request timeout ends there), and its failures are {@code TransportException}s too.
 * At most {@value #CHUNKS_AHEAD} chunks are asked of the connection ahead of the reader: enough
 * that the connection reads on while the reader decodes (a report of a million XML entries waited
 * for its next chunk a second in six when one was asked at a time), few enough that a reader that
 * stops reading stops the transfer, holding no more than those chunks (the JDK's are 16 KiB, so
 * 256 KiB at most). Four ahead took the reader's wall time from 1.45 to 1.20 times its CPU time
 * on that report, sixteen to 1.14; sixty-four did no better. Chunks read are asked for again
 * {@value #ASKED_TOGETHER} at a time, not one by one: each ask runs the connection's delivery on the
 * reader's thread and may wake its selector: one at a time, that was 6 % of the reader's CPU on
 * that report (two thirds of it waking the selector); eight at a time, 2.6 %.
 * Closing cancels it, and the JDK closes the connection rather than reuse it.
 */
final class StreamingBody extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    private static final Object END = new Object();
    /** The most chunks asked ahead of the reader. */
    static final int CHUNKS_AHEAD = 16;
    /**
     * The chunks the reader is done with before they are asked for again, together: each ask runs
     * the connection's delivery on the reader's thread, and may wake its selector.
     */
    static final int ASKED_TOGETHER = CHUNKS_AHEAD / 2;

    private final String target;
    private final long idleNanos;
    private final Duration idle;
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final CompletableFuture<InputStream> self = CompletableFuture.completedFuture(this);
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;
    private Iterator<ByteBuffer> buffers;
    /** The chunks the reader is done with and has not asked for again yet. */
    private int done;
    private ByteBuffer current;
    private boolean ended;
    private TransportException failure;

    StreamingBody(Request request, Duration idle) {
        this.target = request.method() + " " + Request.redactedUri(request.uri());
        this.idle = idle;
        this.idleNanos = idle.toNanos();
    }

    // ---- the subscriber ------------------------------------------------------------------------

    @Override
    public CompletionStage<InputStream> getBody() {
        return self;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (closed) {
            subscription.cancel();
        } else {
            subscription.request(CHUNKS_AHEAD);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        arrived.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
        arrived.add(throwable);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    // ---- the stream ----------------------------------------------------------------------------

    @Override
    public int read() {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length == 0) {
            return 0;
        }
        if (!advance()) {
            return -1;
        }
        int n = Math.min(length, current.remaining());
        current.get(bytes, offset, n);
        return n;
    }

    @Override
    public int available() {
        return current == null ? 0 : current.remaining();
    }

    /** @return whether bytes are ready in {@link #current}; false at the end of the body */
    private boolean advance() {
        while (true) {
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                throw fail(new TransportException(target + ": the answer was closed", null, true));
            }
            if (current != null && current.hasRemaining()) {
                return true;
            }
            if (buffers != null && buffers.hasNext()) {
                current = buffers.next();
                continue;
            }
            if (ended) {
                return false;
            }
            if (buffers != null) {
                buffers = null;
                if (++done == ASKED_TOGETHER) {
                    done = 0;
                    subscription.request(ASKED_TOGETHER);
                }
            }
            Object next;
            try {
                next = arrived.poll(idleNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw fail(new TransportException(target + ": interrupted while reading the answer", e, true));
            }
            if (next == null) {
                close();
                throw fail(new TransportException(target + ": no byte of the answer came for " + idle
                        + " (the request timeout); the answer was dropped", null, true));
            }
            if (next == END) {
                ended = true;
            } else if (next instanceof Throwable) {
                throw fail(new TransportException(target + ": the answer was cut short: " + next, (Throwable) next, true));
            } else {
                @SuppressWarnings("unchecked")
                List<ByteBuffer> list = (List<ByteBuffer>) next;
                buffers = list.iterator();
            }
        }
    }

    private TransportException fail(TransportException e) {
        failure = e;
        return e;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        arrived.clear();
    }
}
