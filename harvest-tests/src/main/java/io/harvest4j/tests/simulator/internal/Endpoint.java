package io.harvest4j.tests.simulator.internal;

/**
 * What serves one route of the simulated service: an authenticated, admitted call in, an answer
 * out (or a {@link RequestRefused}). Registered in a {@link RouteTable} by each resource's
 * endpoints, one line a route.
 */
@FunctionalInterface
interface Endpoint {

    /**
     * @param call the call, with its path's variables
     * @return the answer
     */
    Answer serve(ApiCall call);

    /** @return whether a call of this route counts against the throttle (every route but a few) */
    default boolean isThrottled() {
        return true;
    }

    /**
     * @param endpoint an endpoint
     * @return it, served without counting against the throttle or being refused by it
     */
    static Endpoint unthrottled(Endpoint endpoint) {
        return new Endpoint() {
            @Override
            public Answer serve(ApiCall call) {
                return endpoint.serve(call);
            }

            @Override
            public boolean isThrottled() {
                return false;
            }
        };
    }
}
