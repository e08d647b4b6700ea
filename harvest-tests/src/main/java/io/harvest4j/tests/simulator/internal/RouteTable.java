package io.harvest4j.tests.simulator.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Routes a method and a path to a handler, as a Rails route table does: one registration a line,
 * {@code "GET /daily/show/{id}"}, {@code "POST|PUT /daily/update/{id}"},
 * {@code "GET /daily/{day:[0-9]+}/{year:[0-9]+}"}.
 *
 * <p>A template is a sequence of segments, each a literal or a variable ({@code {name}}, or
 * {@code {name:regex}} to take only what the regular expression matches whole). A variable
 * matches one non-empty segment and is handed to the handler by name, as it was in the (decoded)
 * path. Trailing slashes of a path are ignored ({@code /daily/} is {@code /daily}).
 *
 * <p>When several templates match a path, the most specific wins: segment by segment from the
 * left, a literal beats a constrained variable, which beats a plain one. So
 * {@code /daily/show/{id}} takes {@code /daily/show/5} before {@code /daily/{day}/{year}} is
 * considered, and {@code POST …/task_assignments/add_with_create_new_task} before
 * {@code …/task_assignments/{id}}. A template serves only the methods it was registered with: a
 * request whose method none of the matching templates serves finds no route (the simulated
 * service answers both that and an unknown path {@code 404 No route matches [M] /path}, as Rails
 * did). Registering the same method on two templates of the same shape is refused.
 *
 * <p>Build it once, then read it from any thread: {@link #find} does not change it.
 *
 * @param <H> what a route leads to
 */
public final class RouteTable<H> {

    private static final Comparator<Route<?>> MOST_SPECIFIC_FIRST = (a, b) -> {
        for (int i = 0; i < Math.min(a.segments.size(), b.segments.size()); i++) {
            int order = Integer.compare(a.segments.get(i).rank(), b.segments.get(i).rank());
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.segments.size(), b.segments.size());
    };

    private final List<Route<H>> routes = new ArrayList<>();

    /**
     * Adds a route.
     *
     * @param route methods (separated by {@code |}), a space and a path template:
     *     {@code "GET /clients/{id}"}, {@code "POST|PUT /daily/update/{id}"}
     * @param handler what serves it
     * @return this
     * @throws IllegalArgumentException when the text is no route, or when a template of the same
     *     shape already serves one of its methods
     */
    public RouteTable<H> add(String route, H handler) {
        if (handler == null) {
            throw new IllegalArgumentException("no handler for " + route);
        }
        int space = route.indexOf(' ');
        if (space <= 0 || route.indexOf(' ', space + 1) >= 0) {
            throw new IllegalArgumentException("a route is 'METHOD /template', not '" + route + "'");
        }
        Set<String> methods = new LinkedHashSet<>();
        for (String method : route.substring(0, space).split("\\|", -1)) {
            if (method.isEmpty() || !method.equals(method.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("methods are upper case and separated by '|': " + route);
            }
            methods.add(method);
        }
        Route<H> added = new Route<>(methods, route.substring(space + 1), handler);
        for (Route<H> existing : routes) {
            if (existing.shape.equals(added.shape) && !Collections.disjoint(existing.methods, methods)) {
                throw new IllegalArgumentException(route + " is already served by " + existing);
            }
        }
        routes.add(added);
        routes.sort(MOST_SPECIFIC_FIRST);
        return this;
    }

    /**
     * @param method a request's method (any case)
     * @param path a request's decoded path, without the query
     * @return the most specific route serving that method on that path, with the path's variables;
     *     empty when no template matches the path, or none that matches serves the method
     */
    public Optional<Match<H>> find(String method, String path) {
        String wanted = method.toUpperCase(Locale.ROOT);
        List<String> segments = segments(normalize(path));
        for (Route<H> route : routes) {
            if (route.methods.contains(wanted)) {
                Map<String, String> variables = route.match(segments);
                if (variables != null) {
                    return Optional.of(new Match<>(route.handler, route.template, variables));
                }
            }
        }
        return Optional.empty();
    }

    /** @return how many templates (with their methods) are registered */
    public int size() {
        return routes.size();
    }

    /**
     * @param path a path
     * @return it without trailing slashes ({@code /daily/} is {@code /daily}); an empty path is {@code /}
     */
    public static String normalize(String path) {
        String result = path == null || path.isEmpty() ? "/" : path;
        while (result.length() > 1 && result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    private static List<String> segments(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return List.of(relative.split("/", -1));
    }

    /**
     * A route found for a request: its handler, its template and the path's variables.
     *
     * @param <H> what the route leads to
     */
    public static final class Match<H> {
        private final H handler;
        private final String template;
        private final Map<String, String> variables;

        private Match(H handler, String template, Map<String, String> variables) {
            this.handler = handler;
            this.template = template;
            this.variables = Collections.unmodifiableMap(variables);
        }

        /** @return what serves the request */
        public H handler() {
            return handler;
        }

        /** @return the template that matched, as registered ({@code /daily/show/{id}}) */
        public String template() {
            return template;
        }

        /** @return the path's variables by name, in the template's order */
        public Map<String, String> variables() {
            return variables;
        }
    }

    private static final class Route<H> {
        final Set<String> methods;
        final String template;
        final List<Segment> segments;
        final String shape;
        final H handler;

        Route(Set<String> methods, String template, H handler) {
            if (!template.startsWith("/")) {
                throw new IllegalArgumentException("a template starts with '/': " + template);
            }
            this.methods = Collections.unmodifiableSet(new LinkedHashSet<>(methods));
            this.template = template;
            this.handler = handler;
            List<Segment> parsed = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            StringBuilder shape = new StringBuilder();
            for (String text : segments(normalize(template))) {
                Segment segment = template.equals("/") ? new Segment("", null, null) : Segment.parse(text, template);
                if (segment.variable != null && !names.add(segment.variable)) {
                    throw new IllegalArgumentException("the variable {" + segment.variable + "} appears twice in " + template);
                }
                parsed.add(segment);
                shape.append('/').append(segment.shape());
            }
            this.segments = List.copyOf(parsed);
            this.shape = shape.toString();
        }

        /** @return the variables, or null when the path does not fit the template */
        Map<String, String> match(List<String> path) {
            if (path.size() != segments.size()) {
                return null;
            }
            Map<String, String> variables = new LinkedHashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                Segment segment = segments.get(i);
                String text = path.get(i);
                if (!segment.matches(text)) {
                    return null;
                }
                if (segment.variable != null) {
                    variables.put(segment.variable, text);
                }
            }
            return variables;
        }

        @Override
        public String toString() {
            return String.join("|", methods) + " " + template;
        }
    }

    /** A literal segment, or a variable with an optional constraint. */
    private static final class Segment {
        private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

        final String literal;
        final String variable;
        final Pattern constraint;

        private Segment(String literal, String variable, Pattern constraint) {
            this.literal = literal;
            this.variable = variable;
            this.constraint = constraint;
        }

        static Segment parse(String text, String template) {
            if (!text.startsWith("{")) {
                if (text.isEmpty() || text.contains("{") || text.contains("}")) {
                    throw new IllegalArgumentException("not a segment: '" + text + "' in " + template);
                }
                return new Segment(text, null, null);
            }
            if (!text.endsWith("}")) {
                throw new IllegalArgumentException("a variable is a whole segment: '" + text + "' in " + template);
            }
            String inside = text.substring(1, text.length() - 1);
            int colon = inside.indexOf(':');
            String name = colon < 0 ? inside : inside.substring(0, colon);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a variable name: '" + name + "' in " + template);
            }
            return new Segment(null, name, colon < 0 ? null : Pattern.compile(inside.substring(colon + 1)));
        }

        boolean matches(String text) {
            if (literal != null) {
                return literal.equals(text);
            }
            return !text.isEmpty() && (constraint == null || constraint.matcher(text).matches());
        }

        /** 0 for a literal, 1 for a constrained variable, 2 for a plain one: lower is more specific. */
        int rank() {
            if (literal != null) {
                return 0;
            }
            return constraint != null ? 1 : 2;
        }

        /** What two templates that match the same paths share: literals, and variables without their names. */
        String shape() {
            if (literal != null) {
                return literal;
            }
            return constraint == null ? "{}" : "{:" + constraint.pattern() + "}";
        }
    }
}
