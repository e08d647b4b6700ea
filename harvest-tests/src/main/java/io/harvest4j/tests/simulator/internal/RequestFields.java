package io.harvest4j.tests.simulator.internal;

/**
 * The fields of an Extended API request body wrapped in the resource's root — XML
 * {@code <task-assignment><hourly-rate>}, JSON {@code {"task_assignment":{"hourly_rate":…}}}, form
 * or query {@code task_assignment[hourly_rate]=…} — or sent unwrapped, looked up by the
 * underscored name whichever of the two spellings the request used.
 */
final class RequestFields {

    private final RequestParameters params;
    private final String[] wrappers;

    /**
     * @param params the request's parameters
     * @param wrapper the resource's root, underscored ({@code task_assignment})
     */
    RequestFields(RequestParameters params, String wrapper) {
        this.params = params;
        this.wrappers = new String[] {wrapper, wrapper.replace('_', '-')};
    }

    /**
     * @param name an underscored field name
     * @return whether the request carries it (possibly null or blank)
     */
    boolean has(String name) {
        return spelling(name) != null;
    }

    /**
     * @param name an underscored field name
     * @return its value, or null when absent or nil
     */
    String get(String name) {
        String[] found = spelling(name);
        return found == null ? null : params.get(found[0], found[1]);
    }

    /**
     * @param name an underscored field name
     * @return whether it is absent, nil or blank
     */
    boolean isBlank(String name) {
        String value = get(name);
        return value == null || value.isBlank();
    }

    private String[] spelling(String name) {
        String[] names = {name, name.replace('_', '-')};
        for (String wrapper : wrappers) {
            for (String candidate : names) {
                if (params.hasWrapped(wrapper, candidate)) {
                    return new String[] {wrapper, candidate};
                }
            }
        }
        for (String candidate : names) {
            if (params.has(wrappers[0], candidate)) {
                return new String[] {wrappers[0], candidate};
            }
        }
        return null;
    }
}
