package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Codec;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.codec.WireShape;
import io.harvest4j.core.http.Transport;
import io.harvest4j.core.inject.HarvestModule;
import io.harvest4j.core.testing.RecordingTransport;
import io.harvest4j.extended.model.BillBy;
import io.harvest4j.extended.model.BudgetBy;
import io.harvest4j.extended.model.Client;
import io.harvest4j.extended.model.Contact;
import io.harvest4j.extended.model.ExpenseCategory;
import io.harvest4j.extended.model.Person;
import io.harvest4j.extended.model.Project;
import io.harvest4j.extended.model.Task;
import io.harvest4j.extended.model.TaskAssignment;
import io.harvest4j.extended.model.UserAssignment;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The read models' values beyond the documented examples: what is left out, what is unknown. */
class ExtendedModelValuesTest {

    static List<Format> formats() {
        return List.of(Format.XML, Format.JSON);
    }

    private static <T> T decode(Format format, String xml, String json, Class<T> type, WireShape shape) {
        String body = format == Format.XML ? xml : json.replace('\'', '"');
        return RealCodecs.of(format).decode(body.getBytes(StandardCharsets.UTF_8), type, shape);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void anUnknownBillByOrBudgetByIsKeptNotRefused(Format format) {
        Project project = decode(format, "<project><id>1</id><bill-by>Hours</bill-by><budget-by>per_week</budget-by></project>",
                "{'project':{'id':1,'bill_by':'Hours','budget_by':'per_week'}}", Project.class, Projects.PROJECT);

        assertThat(project.billBy()).isEqualTo(BillBy.UNKNOWN);
        assertThat(project.billByValue()).isEqualTo("Hours");
        assertThat(project.budgetBy()).isEqualTo(BudgetBy.UNKNOWN);
        assertThat(project.budgetByValue()).isEqualTo("per_week");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyKnownBillByAndBudgetByIsRead(Format format) {
        for (BillBy billBy : List.of(BillBy.TASKS, BillBy.PEOPLE, BillBy.NONE)) {
            for (BudgetBy budgetBy : List.of(BudgetBy.PROJECT, BudgetBy.PROJECT_COST, BudgetBy.TASK, BudgetBy.PERSON, BudgetBy.NONE)) {
                Project project = decode(format,
                        "<project><bill-by>" + billBy.wireValue() + "</bill-by><budget-by>" + budgetBy.wireValue() + "</budget-by></project>",
                        "{'project':{'bill_by':'" + billBy.wireValue() + "','budget_by':'" + budgetBy.wireValue() + "'}}",
                        Project.class, Projects.PROJECT);

                assertThat(project.billBy()).isEqualTo(billBy);
                assertThat(project.budgetBy()).isEqualTo(budgetBy);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formats")
    void aBooleanInWhiteSpaceIsRead(Format format) {
        Person person = decode(format, "<user><is-admin type='boolean'>\n    true\n  </is-admin></user>",
                "{'user':{'is_admin':'true'}}", Person.class, People.USER);

        assertThat(person.isAdmin()).isTrue();
    }

    static Stream<Object[]> sparseAnswers() {
        return Stream.of(
                new Object[] {Client.class, Clients.CLIENT},
                new Object[] {Contact.class, Contacts.CONTACT},
                new Object[] {Project.class, Projects.PROJECT},
                new Object[] {Task.class, Tasks.TASK},
                new Object[] {Person.class, People.USER},
                new Object[] {TaskAssignment.class, TaskAssignments.TASK_ASSIGNMENT},
                new Object[] {UserAssignment.class, UserAssignments.USER_ASSIGNMENT},
                new Object[] {ExpenseCategory.class, ExpenseCategories.EXPENSE_CATEGORY});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sparseAnswers")
    void noAccessorOfAnAnswerThatLeavesEverythingOutReturnsNull(Class<?> type, WireShape shape) throws Exception {
        String xmlRoot = shape.root().replace('_', '-');
        for (Format format : formats()) {
            Object value = decode(format, "<" + xmlRoot + "><id>7</id><name nil='true'/><hourly-rate nil='true'/></" + xmlRoot + ">",
                    "{'" + shape.root() + "':{'id':7,'name':null,'hourly_rate':null}}", type, shape);
            int called = 0;
            for (Method accessor : type.getMethods()) {
                if (accessor.getParameterCount() == 0 && !Modifier.isStatic(accessor.getModifiers())
                        && accessor.getDeclaringClass() == type) {
                    assertThat(accessor.invoke(value)).as("%s.%s() in %s", type.getSimpleName(), accessor.getName(), format)
                            .isNotNull();
                    called++;
                }
            }
            assertThat(called).isGreaterThanOrEqualTo(7);
            assertThat(value).isEqualTo(decode(format, "<" + xmlRoot + "><id>7</id></" + xmlRoot + ">",
                    "{'" + shape.root() + "':{'id':7}}", type, shape));
            assertThat(value.toString()).startsWith(type.getSimpleName() + "{id=7");
        }
    }

    @Test
    void guiceMakesEveryFacade() {
        RecordingTransport transport = new RecordingTransport();
        Injector injector = Guice.createInjector(
                new HarvestModule(HarvestConfig.builder().subdomain("demo").format(Format.JSON).build()),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        OptionalBinder.newOptionalBinder(binder(), Transport.class).setBinding().toInstance(transport);
                        OptionalBinder.newOptionalBinder(binder(), Codec.class).setBinding().toInstance(RealCodecs.of(Format.JSON));
                    }
                });
        transport.otherwise(RecordingTransport.Answer.of(200, "[{\"client\":{\"id\":11072,\"name\":\"SuprCorp\"}}]"));

        assertThat(injector.getInstance(Clients.class).list().execute()).extracting(Client::name).containsExactly("SuprCorp");
        for (Class<?> facade : List.of(Contacts.class, Projects.class, Tasks.class, People.class, TaskAssignments.class,
                UserAssignments.class, ExpenseCategories.class)) {
            assertThat(injector.getInstance(facade)).hasToString(facade.getSimpleName() + "{" + injector.getInstance(
                    io.harvest4j.core.HarvestClient.class) + "}");
        }
        assertThat(transport.onlyRequest().uri()).hasToString("https://demo.harvestapp.com/clients");
    }
}
