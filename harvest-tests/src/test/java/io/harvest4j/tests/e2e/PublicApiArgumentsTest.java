package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.ConfigurationException;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.HarvestException;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.inject.HarvestModule;
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
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.DayEntryUpdate;
import io.harvest4j.timetracking.model.NewDayEntry;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A {@code null} or zero argument anywhere in the public API a user calls — facades, requests,
 * builders, authenticators, configuration — is refused with an {@link InvalidRequestException}
 * (the arguments of a call) or a {@link ConfigurationException} (the setup of a client), never a bare
 * {@code NullPointerException}. Each public method and constructor is called with {@code null} for
 * every reference and zero for every number; a method that accepts that (a documented "none") may
 * return, but one that fails must fail with a typed, worded exception.
 */
class PublicApiArgumentsTest {

    private final HarvestClient client = Harvest.builder()
            .config(HarvestConfig.builder().baseUri("http://127.0.0.1:9").format(Format.JSON).build()).build();

    @Test
    void nullsAndZerosAreRefusedWithTypedExceptions() {
        List<String> calls = new ArrayList<>();
        probe(HarvestConfig.Builder.class, HarvestConfig::builder, calls);
        probe(Harvest.Builder.class, Harvest::builder, calls);
        probe(BasicAuthenticator.class, () -> BasicAuthenticator.of("a@example.com", "x"), calls);
        probe(HarvestModule.class, () -> new HarvestModule(client.config()), calls);
        probe(TimeTracking.class, () -> new TimeTracking(client), calls);
        probe(Account.class, () -> new Account(client), calls);
        probe(io.harvest4j.core.HarvestRequest.class, () -> new TimeTracking(client).daily(), calls);
        probe(io.harvest4j.core.ListRequest.class,
                () -> io.harvest4j.core.ListRequest.of(client, io.harvest4j.core.Call.get("/clients")
                        .decodingList(String.class, io.harvest4j.core.codec.WireShape.list("clients", "client").build())),
                calls);
        probe(Clients.class, () -> new Clients(client), calls);
        probe(Contacts.class, () -> new Contacts(client), calls);
        probe(Projects.class, () -> new Projects(client), calls);
        probe(Tasks.class, () -> new Tasks(client), calls);
        probe(People.class, () -> new People(client), calls);
        probe(TaskAssignments.class, () -> new TaskAssignments(client), calls);
        probe(UserAssignments.class, () -> new UserAssignments(client), calls);
        probe(ExpenseCategories.class, () -> new ExpenseCategories(client), calls);
        probe(io.harvest4j.extended.Reports.class, () -> new io.harvest4j.extended.Reports(client), calls);
        java.time.LocalDate day = java.time.LocalDate.of(2017, 1, 1);
        probe(io.harvest4j.extended.ProjectEntriesReport.class,
                () -> new io.harvest4j.extended.Reports(client).projectEntries(1, day, day), calls);
        probe(io.harvest4j.extended.PersonEntriesReport.class,
                () -> new io.harvest4j.extended.Reports(client).personEntries(1, day, day), calls);
        probe(io.harvest4j.extended.ProjectExpensesReport.class,
                () -> new io.harvest4j.extended.Reports(client).projectExpenses(1, day, day), calls);
        probe(io.harvest4j.extended.PersonExpensesReport.class,
                () -> new io.harvest4j.extended.Reports(client).personExpenses(1, day, day), calls);
        probe(ClientFields.class, null, calls);
        probe(ClientFields.Builder.class, ClientFields::builder, calls);
        probe(ContactFields.class, null, calls);
        probe(ContactFields.Builder.class, ContactFields::builder, calls);
        probe(ProjectFields.class, null, calls);
        probe(ProjectFields.Builder.class, ProjectFields::builder, calls);
        probe(TaskFields.class, null, calls);
        probe(TaskFields.Builder.class, TaskFields::builder, calls);
        probe(PersonFields.class, null, calls);
        probe(PersonFields.Builder.class, PersonFields::builder, calls);
        probe(ExpenseCategoryFields.class, null, calls);
        probe(ExpenseCategoryFields.Builder.class, ExpenseCategoryFields::builder, calls);
        probe(TaskAssignmentUpdate.class, null, calls);
        probe(TaskAssignmentUpdate.Builder.class, TaskAssignmentUpdate::builder, calls);
        probe(UserAssignmentUpdate.class, null, calls);
        probe(UserAssignmentUpdate.Builder.class, UserAssignmentUpdate::builder, calls);
        probe(io.harvest4j.extended.Invoices.class, () -> new io.harvest4j.extended.Invoices(client), calls);
        probe(io.harvest4j.extended.InvoiceListRequest.class, () -> new io.harvest4j.extended.Invoices(client).list(), calls);
        probe(io.harvest4j.extended.InvoiceMessages.class, () -> new io.harvest4j.extended.InvoiceMessages(client), calls);
        probe(io.harvest4j.extended.InvoicePayments.class, () -> new io.harvest4j.extended.InvoicePayments(client), calls);
        probe(io.harvest4j.extended.model.InvoiceFields.class, null, calls);
        probe(io.harvest4j.extended.model.InvoiceFields.Builder.class, io.harvest4j.extended.model.InvoiceFields::builder, calls);
        probe(io.harvest4j.extended.model.InvoiceLineItem.class, null, calls);
        probe(io.harvest4j.extended.model.InvoiceLineItem.Builder.class, io.harvest4j.extended.model.InvoiceLineItem::builder, calls);
        probe(io.harvest4j.extended.model.InvoiceMessageFields.class, null, calls);
        probe(io.harvest4j.extended.model.InvoiceMessageFields.Builder.class,
                () -> io.harvest4j.extended.model.InvoiceMessageFields.builder("a@example.com"), calls);
        probe(io.harvest4j.extended.model.NewInvoicePayment.class, null, calls);
        probe(io.harvest4j.extended.model.NewInvoicePayment.Builder.class,
                () -> io.harvest4j.extended.model.NewInvoicePayment.builder(java.time.OffsetDateTime.now(), java.math.BigDecimal.ONE),
                calls);
        probe(NewDayEntry.class, null, calls);
        probe(NewDayEntry.Builder.class, NewDayEntry::builder, calls);
        probe(DayEntryUpdate.class, null, calls);
        probe(DayEntryUpdate.Builder.class, DayEntryUpdate::builder, calls);

        assertThat(calls).as("methods and constructors probed").hasSizeGreaterThanOrEqualTo(165);
    }

    /** Calls each public method and constructor of the type that takes an argument, on a fresh instance. */
    private static void probe(Class<?> type, Supplier<?> instances, List<String> calls) {
        List<Executable> executables = new ArrayList<>(List.of(type.getConstructors()));
        executables.addAll(List.of(type.getMethods())); // inherited ones too: timeout(…) of every request
        for (Executable executable : executables) {
            if (executable.getParameterCount() == 0 || executable.isSynthetic()
                    || !executable.getDeclaringClass().getName().startsWith("io.harvest4j.")) {
                // what Object or Guice's AbstractModule declare is theirs
                continue;
            }
            boolean isStatic = executable instanceof Constructor || Modifier.isStatic(executable.getModifiers());
            if (!isStatic && instances == null) {
                continue;
            }
            Object[] arguments = new Object[executable.getParameterCount()];
            Class<?>[] types = executable.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                arguments[i] = zero(types[i]);
            }
            String name = type.getName().substring(type.getPackageName().length() + 1) + "."
                    + (executable instanceof Constructor ? "<init>" : executable.getName());
            calls.add(name);
            try {
                if (executable instanceof Constructor) {
                    ((Constructor<?>) executable).newInstance(arguments);
                } else {
                    ((Method) executable).invoke(isStatic ? null : instances.get(), arguments);
                }
            } catch (InvocationTargetException e) {
                assertThat(e.getCause()).as(name + " with nulls and zeros")
                        .isInstanceOfAny(InvalidRequestException.class, ConfigurationException.class)
                        .isInstanceOf(HarvestException.class);
                assertThat(e.getCause().getMessage()).as(name + "'s message").isNotBlank();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot call " + name, e);
            }
        }
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return '\0';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == double.class) {
            return 0d;
        }
        return (byte) 0;
    }
}
