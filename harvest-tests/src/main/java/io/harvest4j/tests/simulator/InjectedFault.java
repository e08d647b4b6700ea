package io.harvest4j.tests.simulator;

import java.util.Objects;

/**
 * A fault the simulator injected, with the request it hit and what the service did with it, so
 * that a test can tell what really happened to a call that failed. Immutable.
 */
public final class InjectedFault {

    private final Fault fault;
    private final RecordedRequest request;
    private final int serviceStatus;

    InjectedFault(Fault fault, RecordedRequest request, int serviceStatus) {
        this.fault = Objects.requireNonNull(fault, "fault");
        this.request = Objects.requireNonNull(request, "request");
        this.serviceStatus = serviceStatus;
    }

    /** @return the fault */
    public Fault fault() {
        return fault;
    }

    /** @return the request it hit */
    public RecordedRequest request() {
        return request;
    }

    /** @return whether the service processed the request (see {@link Fault#processed()}) */
    public boolean processed() {
        return fault.processed();
    }

    /**
     * @return the status the service answered before the fault replaced or cut it (a 422 was
     *     processed and refused: nothing changed), or 0 when it did not process the request
     */
    public int serviceStatus() {
        return serviceStatus;
    }

    /** @return whether the service processed the request and changed what it holds (a 2xx) */
    public boolean applied() {
        return serviceStatus >= 200 && serviceStatus < 300;
    }

    @Override
    public String toString() {
        return fault.specName() + " on #" + request.sequenceNumber() + " " + request.method() + " " + request.target()
                + (processed() ? " (service answered " + serviceStatus + ")" : " (not processed)");
    }
}
