package io.harvest4j.core.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a streamed answer, counted: no item may take more than the budget's bytes. The count
 * starts again at each item; the parser's read-ahead (a few kilobytes) is counted with the item it
 * reads into. One reader, one thread. Shared by harvest4j's codecs (their {@code decodeItems}).
 */
public final class ItemBudget extends InputStream {

    private final InputStream in;
    private final long limit;
    private long read;
    private long itemStart;
    private boolean exceeded;

    /**
     * @param in the answer's body
     * @param limit the most bytes one item may take
     */
    public ItemBudget(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next item starts: its bytes are counted from here. */
    public void startItem() {
        itemStart = read;
    }

    /** @return whether an item went past the budget */
    public boolean exceeded() {
        return exceeded;
    }

    /** @return the budget, in bytes */
    public long limit() {
        return limit;
    }

    @Override
    public int read() throws IOException {
        check();
        int b = in.read();
        if (b >= 0) {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        check();
        int n = in.read(bytes, offset, length);
        if (n > 0) {
            read += n;
        }
        return n;
    }

    private void check() throws IOException {
        if (read - itemStart > limit) {
            exceeded = true;
            throw new IOException("an item of the list is larger than " + limit + " bytes");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
