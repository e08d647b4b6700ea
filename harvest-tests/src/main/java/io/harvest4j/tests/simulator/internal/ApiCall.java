package io.harvest4j.tests.simulator.internal;

import java.time.Instant;
import java.util.Map;

/**
 * One authenticated, admitted call being served: who makes it, in which format, with which
 * parameters and path variables, at what time.
 */
final class ApiCall {

    final User user;
    final WireFormat format;
    final RequestParameters params;
    final Instant now;
    final String method;
    final String path;
    private final Map<String, String> variables;

    ApiCall(User user, WireFormat format, RequestParameters params, Instant now, String method, String path,
            Map<String, String> variables) {
        this.user = user;
        this.format = format;
        this.params = params;
        this.now = now;
        this.method = method;
        this.path = path;
        this.variables = Map.copyOf(variables);
    }

    /**
     * @param name a variable of the route's template ({@code id} of {@code /daily/show/{id}})
     * @return its value in the path, as sent (decoded)
     * @throws IllegalStateException when the route has no such variable (a mistake in the route table)
     */
    String variable(String name) {
        String value = variables.get(name);
        if (value == null) {
            throw new IllegalStateException("the route of " + method + " " + path + " has no variable {" + name + "}");
        }
        return value;
    }
}
