package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.Clients;
import io.harvest4j.extended.Contacts;
import io.harvest4j.extended.ExpenseCategories;
import io.harvest4j.extended.People;
import io.harvest4j.extended.Projects;
import io.harvest4j.extended.TaskAssignments;
import io.harvest4j.extended.Tasks;
import io.harvest4j.extended.UserAssignments;
import io.harvest4j.extended.model.ClientFields;
import io.harvest4j.extended.model.ContactFields;
import io.harvest4j.extended.model.ExpenseCategoryFields;
import io.harvest4j.extended.model.PersonFields;
import io.harvest4j.extended.model.ProjectFields;
import io.harvest4j.extended.model.TaskAssignmentUpdate;
import io.harvest4j.extended.model.TaskFields;
import io.harvest4j.extended.model.UserAssignmentUpdate;
import io.harvest4j.extended.model.WhoAmI;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.e2e.support.SimulatorClients;
import io.harvest4j.tests.simulator.CannedResponse;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rule of docs/models.md, proven over every model class of the facade modules: a response
 * model has no public constructor, builder or factory (codecs make it), and no public accessor of
 * a decoded answer returns {@code null} — full answers and answers with nearly everything left out,
 * in XML and JSON.
 */
class ModelRuleTest {

    /** The request types: the only model classes a user builds. */
    private static final Set<Class<?>> REQUEST_TYPES = Set.of(NewDayEntry.class, DayEntryUpdate.class,
            ClientFields.class, ContactFields.class, ProjectFields.class, TaskFields.class, PersonFields.class,
            ExpenseCategoryFields.class, TaskAssignmentUpdate.class, UserAssignmentUpdate.class,
            io.harvest4j.extended.model.InvoiceFields.class, io.harvest4j.extended.model.InvoiceLineItem.class,
            io.harvest4j.extended.model.InvoiceMessageFields.class, io.harvest4j.extended.model.NewInvoicePayment.class);

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final SimulatorClients clients = new SimulatorClients(SIMULATOR);

    @Test
    void responseModelsAreMadeByCodecsOnly() throws Exception {
        List<Class<?>> models = new ArrayList<>();
        models.addAll(modelClasses(Daily.class));
        models.addAll(modelClasses(WhoAmI.class));
        assertThat(models).hasSizeGreaterThanOrEqualTo(11);

        for (Class<?> type : models) {
            // an enum's values() and valueOf(String) are the language's, not a factory of answers
            if (type.isEnum() || REQUEST_TYPES.contains(type) || type.getEnclosingClass() != null && REQUEST_TYPES.contains(type.getEnclosingClass())) {
                continue;
            }
            assertThat(type.getConstructors()).as("%s has a public constructor", type.getName()).isEmpty();
            assertThat(type.getMethods()).as("%s has a public static method", type.getName())
                    .noneMatch(method -> Modifier.isStatic(method.getModifiers()));
            assertThat(type.getClasses()).as("%s has a public nested class (a builder?)", type.getName()).isEmpty();
        }
    }

    @BothFormats
    void noAccessorOfTheSimulatorsAnswersReturnsNull(Format format) {
        TimeTracking user = clients.as(Role.REGULAR_USER, format, TimeTracking::new);
        long entry = user.add(NewDayEntry.startingTimer().projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID)
                .notes("walked").build()).execute().dayEntry().id();
        user.add(NewDayEntry.withHours(BigDecimal.ONE).projectId(Seed.MOBILE_ID).taskId(Seed.DEVELOPMENT_ID).build())
                .execute();

        List<Object> answers = List.of(
                user.daily().execute(),
                user.daily(Seed.TODAY.minusDays(1)).execute(),
                user.show(entry).execute(),
                user.toggleTimer(entry).execute(),
                new Account(clients.client(Role.PROJECT_MANAGER.email, Role.PROJECT_MANAGER.password, format,
                        SimulatorClients.NO_WAIT)).whoAmI().execute(),
                clients.as(Role.ADMINISTRATOR, format, Account::new).rateLimitStatus().execute());

        assertThat(walk(answers)).as("accessors called").isGreaterThan(60);
    }

    @BothFormats
    void noAccessorOfTheSimulatorsExtendedAnswersReturnsNull(Format format) {
        HarvestClient admin = clients.client(Role.ADMINISTRATOR.email, Role.ADMINISTRATOR.password, format,
                SimulatorClients.NO_WAIT);
        SIMULATOR.state().addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, BigDecimal.ONE, null);
        // a project, a client, a task, a person and a category with nothing but what is required
        long client = new Clients(admin).create(ClientFields.builder().name("Bare").build()).execute();
        long project = new Projects(admin).create(ProjectFields.builder().name("Bare").clientId(client).build()).execute();
        long task = new Tasks(admin).create(TaskFields.builder().name("Bare").build()).execute();
        long person = new People(admin).create(PersonFields.builder().email("bare@example.com").firstName("B")
                .lastName("Are").build()).execute();
        long category = new ExpenseCategories(admin).create(ExpenseCategoryFields.builder().name("Bare").build()).execute();
        long contact = new Contacts(admin).create(ContactFields.builder().clientId(client).firstName("B").lastName("A")
                .build()).execute();
        long taskAssignment = new TaskAssignments(admin).create(project, task).execute();
        long userAssignment = new UserAssignments(admin).create(project, Seed.USER_ID).execute();

        List<Object> answers = List.of(
                new Clients(admin).list().execute(),
                new Clients(admin).show(client).execute(),
                new Contacts(admin).list().execute(),
                new Contacts(admin).show(contact).execute(),
                new Projects(admin).list().execute(),
                new Projects(admin).show(project).execute(),
                new Tasks(admin).list().execute(),
                new Tasks(admin).show(task).execute(),
                new People(admin).list().execute(),
                new People(admin).show(person).execute(),
                new TaskAssignments(admin).list(Seed.WEBSITE_ID).execute(),
                new TaskAssignments(admin).show(project, taskAssignment).execute(),
                new UserAssignments(admin).list(Seed.WEBSITE_ID).execute(),
                new UserAssignments(admin).show(project, userAssignment).execute(),
                new ExpenseCategories(admin).list().execute(),
                new ExpenseCategories(admin).show(category).execute(),
                new io.harvest4j.extended.Reports(admin).projectEntries(Seed.WEBSITE_ID, Seed.TODAY, Seed.TODAY).execute(),
                reportExpenses(admin, category));

        assertThat(walk(answers)).as("accessors called").isGreaterThan(500);
    }

    /** An expense with no notes and no units, as a report answers it. */
    private static Object reportExpenses(HarvestClient admin, long category) {
        SIMULATOR.state().logExpense(Seed.USER_ID, Seed.WEBSITE_ID, category, Seed.TODAY, BigDecimal.ONE, null);
        return new io.harvest4j.extended.Reports(admin).personExpenses(Seed.USER_ID, Seed.TODAY, Seed.TODAY).execute();
    }

    @BothFormats
    void noAccessorOfReportAnswersThatLeaveOutWhatTheyMayReturnsNull(Format format) {
        boolean xml = format == Format.XML;
        SIMULATOR.simulator().enqueue(xml ? CannedResponse.xml(200, "<day-entries><day-entry><id>1</id></day-entry></day-entries>")
                : CannedResponse.json(200, "[{\"day_entry\":{\"id\":1}}]"));
        SIMULATOR.simulator().enqueue(xml ? CannedResponse.xml(200, "<expenses><expense><id>1</id></expense></expenses>")
                : CannedResponse.json(200, "[{\"expense\":{\"id\":1}}]"));
        HarvestClient admin = clients.client(Role.ADMINISTRATOR.email, Role.ADMINISTRATOR.password, format,
                SimulatorClients.NO_WAIT);
        io.harvest4j.extended.Reports reports = new io.harvest4j.extended.Reports(admin);

        List<Object> answers = List.of(reports.projectEntries(1, Seed.TODAY, Seed.TODAY).execute(),
                reports.projectExpenses(1, Seed.TODAY, Seed.TODAY).execute());

        assertThat(walk(answers)).as("accessors called").isGreaterThan(15);
    }

    @BothFormats
    void noAccessorOfExtendedAnswersThatLeaveOutWhatTheyMayReturnsNull(Format format) {
        boolean xml = format == Format.XML;
        for (String root : List.of("client", "contact", "project", "task", "user", "task-assignment", "user-assignment",
                "expense-category")) {
            SIMULATOR.simulator().enqueue(xml ? CannedResponse.xml(200, "<" + root + "><id>1</id></" + root + ">")
                    : CannedResponse.json(200, "{\"" + root.replace('-', '_') + "\":{\"id\":1}}"));
        }
        HarvestClient admin = clients.client(Role.ADMINISTRATOR.email, Role.ADMINISTRATOR.password, format,
                SimulatorClients.NO_WAIT);

        List<Object> answers = List.of(new Clients(admin).show(1).execute(), new Contacts(admin).show(1).execute(),
                new Projects(admin).show(1).execute(), new Tasks(admin).show(1).execute(),
                new People(admin).show(1).execute(), new TaskAssignments(admin).show(1, 1).execute(),
                new UserAssignments(admin).show(1, 1).execute(), new ExpenseCategories(admin).show(1).execute());

        assertThat(walk(answers)).as("accessors called").isGreaterThan(60);
    }

    @BothFormats
    void noAccessorOfTheSimulatorsInvoiceAnswersReturnsNull(Format format) {
        HarvestClient admin = clients.client(Role.ADMINISTRATOR.email, Role.ADMINISTRATOR.password, format,
                SimulatorClients.NO_WAIT);
        io.harvest4j.extended.Invoices invoices = new io.harvest4j.extended.Invoices(admin);
        io.harvest4j.extended.InvoiceMessages messages = new io.harvest4j.extended.InvoiceMessages(admin);
        io.harvest4j.extended.InvoicePayments payments = new io.harvest4j.extended.InvoicePayments(admin);
        long invoice = invoices.create(io.harvest4j.extended.model.InvoiceFields.builder().clientId(Seed.ACME_ID)
                .lineItems(List.of(io.harvest4j.extended.model.InvoiceLineItem.builder().kind("Service").description("x")
                        .quantity(BigDecimal.ONE).unitPrice(BigDecimal.TEN).build())).build()).execute();
        long bare = invoices.create(io.harvest4j.extended.model.InvoiceFields.builder().clientId(Seed.GLOBEX_ID).build())
                .execute();
        messages.markAsSent(invoice).execute();
        long payment = payments.create(invoice, io.harvest4j.extended.model.NewInvoicePayment.builder(
                java.time.OffsetDateTime.parse("2017-01-18T10:00:00Z"), BigDecimal.ONE).build()).execute();

        List<Object> answers = List.of(invoices.list().execute(), invoices.show(invoice).execute(),
                invoices.show(bare).execute(), messages.list(invoice).execute(),
                payments.list(invoice).execute(), payments.show(invoice, payment).execute());
        for (String root : List.of("invoice", "invoice-message", "payment")) {
            SIMULATOR.simulator().enqueue(format == Format.XML ? CannedResponse.xml(200, "<" + root + "><id>1</id></" + root + ">")
                    : CannedResponse.json(200, "{\"" + root.replace('-', '_') + "\":{\"id\":1}}"));
        }
        List<Object> sparse = List.of(invoices.show(1).execute(), messages.show(1, 1).execute(), payments.show(1, 1).execute());

        assertThat(walk(answers) + walk(sparse)).as("accessors called").isGreaterThan(150);
    }

    @BothFormats
    void noAccessorOfAnswersThatLeaveOutWhatTheyMayReturnsNull(Format format) {
        boolean xml = format == Format.XML;
        SIMULATOR.simulator().enqueue(xml
                ? CannedResponse.xml(200, "<daily><for_day>2017-01-18</for_day><day_entries><day_entry><id>1</id>"
                        + "</day_entry></day_entries><projects><project><id>3</id><tasks><task><id>4</id></task>"
                        + "</tasks></project></projects></daily>")
                : CannedResponse.json(200, "{\"for_day\":\"2017-01-18\",\"day_entries\":[{\"id\":1}],"
                        + "\"projects\":[{\"id\":3,\"tasks\":[{\"id\":4}]}]}"));
        SIMULATOR.simulator().enqueue(xml
                ? CannedResponse.xml(200, "<timer><day_entry><id>1</id><notes nil=\"true\"/><spent_at nil=\"true\"/>"
                        + "</day_entry></timer>")
                : CannedResponse.json(200, "{\"id\":1,\"notes\":null,\"spent_at\":null,\"client\":null}"));
        SIMULATOR.simulator().enqueue(xml
                ? CannedResponse.xml(200, "<hash><company/><user><id>7</id></user></hash>")
                : CannedResponse.json(200, "{\"company\":{},\"user\":{\"id\":7}}"));
        SIMULATOR.simulator().enqueue(xml ? CannedResponse.xml(200, "<hash/>") : CannedResponse.json(200, "{}"));
        TimeTracking user = clients.as(Role.REGULAR_USER, format, TimeTracking::new);
        Account account = clients.as(Role.REGULAR_USER, format, Account::new);

        List<Object> answers = List.of(user.daily().execute(), user.toggleTimer(1).execute(),
                account.whoAmI().execute(), account.rateLimitStatus().execute());

        assertThat(walk(answers)).as("accessors called").isGreaterThan(60);
    }

    /** Calls every public accessor of every model value reachable from the answers (values or lists of them); @return how many. */
    private static int walk(List<Object> answers) {
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        List<Object> pending = new ArrayList<>();
        answers.forEach(answer -> followed(answer).forEach(pending::add)); // a list answer is walked item by item
        int calls = 0;
        while (!pending.isEmpty()) {
            Object value = pending.remove(pending.size() - 1);
            if (seen.put(value, Boolean.TRUE) != null) {
                continue;
            }
            for (Method accessor : value.getClass().getMethods()) {
                if (Modifier.isStatic(accessor.getModifiers()) || accessor.getParameterCount() != 0
                        || accessor.getDeclaringClass() == Object.class) {
                    continue;
                }
                Object result = invoke(accessor, value);
                calls++;
                assertThat(result).as("%s.%s() of %s", value.getClass().getSimpleName(), accessor.getName(), value)
                        .isNotNull();
                followed(result).forEach(pending::add);
            }
        }
        return calls;
    }

    private static Stream<Object> followed(Object result) {
        if (result instanceof Optional) {
            return ((Optional<?>) result).stream().flatMap(ModelRuleTest::followed);
        }
        if (result instanceof Collection) {
            return ((Collection<?>) result).stream().flatMap(ModelRuleTest::followed);
        }
        String name = result.getClass().getName();
        return name.startsWith("io.harvest4j.") && name.contains(".model.") ? Stream.of(result) : Stream.empty();
    }

    private static Object invoke(Method accessor, Object value) {
        try {
            return accessor.invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot call " + accessor, e);
        }
    }

    /** The classes of the package of the given one, read from where it was loaded (a directory or a jar). */
    private static List<Class<?>> modelClasses(Class<?> member) throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Paths.get(member.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packagePath = member.getPackageName().replace('.', '/');
        List<String> names;
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.list(root.resolve(packagePath))) {
                names = files.map(file -> file.getFileName().toString()).collect(Collectors.toList());
            }
        } else {
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(root.toFile())) {
                names = jar.stream().map(java.util.zip.ZipEntry::getName)
                        .filter(name -> name.startsWith(packagePath + "/") && name.indexOf('/', packagePath.length() + 1) < 0)
                        .map(name -> name.substring(packagePath.length() + 1)).collect(Collectors.toList());
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".class") && !name.equals("package-info.class")) {
                classes.add(Class.forName(member.getPackageName() + "." + name.substring(0, name.length() - 6), false,
                        member.getClassLoader()));
            }
        }
        return classes;
    }
}
