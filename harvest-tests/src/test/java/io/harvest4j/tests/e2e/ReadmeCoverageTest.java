package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "What's covered" table is the promise that every call of the v1 API is reachable:
 * it is checked here against the API's calls (API.md §5 and §6, written out below) and against the
 * facades themselves, so that it can neither leave a call out nor name a method that does not exist.
 */
class ReadmeCoverageTest {

    /** Every call of the v1 API, as the table writes it: method and path. */
    private static final List<String> API_CALLS = List.of(
            "GET /daily", "GET /daily/{day_of_year}/{year}", "GET /daily/show/{id}", "GET /daily/timer/{id}",
            "POST /daily/add", "POST /daily/update/{id}", "DELETE /daily/delete/{id}",
            "GET /account/who_am_i", "GET /account/rate_limit_status",
            "GET /clients", "GET /clients/{id}", "POST /clients", "PUT /clients/{id}", "POST /clients/{id}/toggle",
            "DELETE /clients/{id}",
            "GET /contacts", "GET /clients/{id}/contacts", "GET /contacts/{id}", "POST /contacts", "PUT /contacts/{id}",
            "DELETE /contacts/{id}",
            "GET /projects", "GET /projects?client={id}", "GET /projects/{id}", "POST /projects", "PUT /projects/{id}",
            "PUT /projects/{id}/toggle", "DELETE /projects/{id}",
            "GET /tasks", "GET /tasks/{id}", "POST /tasks", "PUT /tasks/{id}", "DELETE /tasks/{id}",
            "POST /tasks/{id}/activate",
            "GET /people", "GET /people/{id}", "GET /people/{email}", "POST /people", "PUT /people/{id}",
            "POST /people/{id}/toggle", "DELETE /people/{id}",
            "GET /projects/{id}/task_assignments", "GET /projects/{id}/task_assignments/{id}",
            "POST /projects/{id}/task_assignments", "POST /projects/{id}/task_assignments/add_with_create_new_task",
            "PUT /projects/{id}/task_assignments/{id}", "DELETE /projects/{id}/task_assignments/{id}",
            "GET /projects/{id}/user_assignments", "GET /projects/{id}/user_assignments/{id}",
            "POST /projects/{id}/user_assignments", "PUT /projects/{id}/user_assignments/{id}",
            "DELETE /projects/{id}/user_assignments/{id}",
            "GET /expense_categories", "GET /expense_categories/{id}", "POST /expense_categories",
            "PUT /expense_categories/{id}", "DELETE /expense_categories/{id}",
            "POST /expenses", "GET /expenses/{id}", "PUT /expenses/{id}", "DELETE /expenses/{id}",
            "GET /expenses/{day_of_year}/{year}",
            "POST /expenses/{id}/receipt", "GET /expenses/{id}/receipt",
            "GET /invoices", "GET /invoices/{id}", "POST /invoices", "PUT /invoices/{id}", "DELETE /invoices/{id}",
            "GET /invoices/{id}/messages", "GET /invoices/{id}/messages/{id}", "POST /invoices/{id}/messages",
            "DELETE /invoices/{id}/messages/{id}", "POST /invoices/{id}/messages/mark_as_sent",
            "POST /invoices/{id}/messages/mark_as_closed", "POST /invoices/{id}/messages/re_open",
            "POST /invoices/{id}/messages/mark_as_draft",
            "GET /invoices/{id}/payments", "GET /invoices/{id}/payments/{id}", "POST /invoices/{id}/payments",
            "DELETE /invoices/{id}/payments/{id}",
            "GET /invoice_item_categories", "POST /invoice_item_categories", "PUT /invoice_item_categories/{id}",
            "DELETE /invoice_item_categories/{id}",
            "GET /projects/{id}/entries?from&to", "GET /people/{id}/entries?from&to",
            "GET /projects/{id}/expenses?from&to", "GET /people/{id}/expenses?from&to");

    private static final Pattern ROW = Pattern.compile(
            "^\\| [^|]*\\| `(GET|POST|PUT|DELETE)` \\| `([^`]+)` \\| (.+?) \\|$", Pattern.MULTILINE);
    private static final Pattern FACADE_METHOD = Pattern.compile("`(\\w+)\\.(\\w+)\\(([^)]*)\\)`");
    private static final List<String> FACADE_PACKAGES = List.of("io.harvest4j.timetracking", "io.harvest4j.extended",
            "io.harvest4j.extended.model");

    private static final List<Row> rows = new ArrayList<>();

    @BeforeAll
    static void readTheTable() throws Exception {
        String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## What's covered\n");
        assertThat(start).as("README.md has a '## What's covered' section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        Matcher row = ROW.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        while (row.find()) {
            rows.add(new Row(row.group(1) + " " + row.group(2), row.group(3)));
        }
    }

    @Test
    void theTableListsEveryCallOfTheApiOnceAndNothingElse() {
        List<String> listed = new ArrayList<>();
        rows.forEach(row -> listed.add(row.call));
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(API_CALLS);
    }

    @Test
    void everyCallIsMadeByAFacadeMethodThatExists() {
        for (Row row : rows) {
            Matcher named = FACADE_METHOD.matcher(row.facade);
            assertThat(named.find()).as("the row of %s names a facade method, not '%s'", row.call, row.facade).isTrue();
            do {
                String type = named.group(1);
                String method = named.group(2);
                int arity = named.group(3).isBlank() ? 0 : named.group(3).split(",").length;
                assertThat(publicMethods(type, method)).as("%s: %s.%s with %d arguments", row.call, type, method, arity)
                        .anyMatch(candidate -> candidate.getParameterCount() == arity);
            } while (named.find());
        }
    }

    private static List<Method> publicMethods(String type, String name) {
        Set<Method> found = new LinkedHashSet<>();
        for (String pkg : FACADE_PACKAGES) {
            try {
                Class<?> facade = Class.forName(pkg + "." + type);
                Arrays.stream(facade.getMethods())
                        .filter(method -> method.getName().equals(name) && Modifier.isPublic(method.getModifiers()))
                        .forEach(found::add);
            } catch (ClassNotFoundException e) {
                // not in this package: try the next
            }
        }
        return new ArrayList<>(found);
    }

    private static final class Row {
        final String call;
        final String facade;

        Row(String call, String facade) {
            this.call = call;
            this.facade = facade;
        }
    }
}
