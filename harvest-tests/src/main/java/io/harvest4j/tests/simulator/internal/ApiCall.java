package io.harvest4j.tests.simulator.internal;

import java.time.Instant;

/** One authenticated, admitted call being served: who makes it, in which format, with which parameters, at what time. */
final class ApiCall {

    final User user;
    final WireFormat format;
    final RequestParameters params;
    final Instant now;
    final String method;
    final String path;

    ApiCall(User user, WireFormat format, RequestParameters params, Instant now, String method, String path) {
        this.user = user;
        this.format = format;
        this.params = params;
        this.now = now;
        this.method = method;
        this.path = path;
    }
}
