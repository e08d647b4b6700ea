package io.harvest4j.tests.e2e.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.BadRequestException;
import io.harvest4j.core.NotFoundException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Expenses;
import io.harvest4j.extended.InvoiceItemCategories;
import io.harvest4j.extended.model.Expense;
import io.harvest4j.extended.model.ExpenseFields;
import io.harvest4j.extended.model.InvoiceItemCategory;
import io.harvest4j.extended.model.InvoiceItemCategoryFields;
import io.harvest4j.extended.model.Receipt;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.e2e.support.SimulatorClients;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Resource;
import io.harvest4j.tests.simulator.Seed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expenses, their receipts and the invoice item categories through the client against the
 * simulator, in XML and JSON: the whole life of an expense, receipts uploaded from a file, bytes
 * and a stream and read back byte for byte, the unit-priced total, the locked-expense rules,
 * {@code of_user} for an administrator and refused for anyone else, and the default item
 * categories that are never deleted.
 */
class ExpensesEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final SimulatorClients clients = new SimulatorClients(SIMULATOR);

    @TempDir
    Path dir;

    /** Image-like bytes with CRLFs, dashes and the like, which a multipart writer or reader could break. */
    private static byte[] image(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] traps = "\r\n--harvest4j-\r\n\r\n--".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(traps, 0, bytes, size / 2, Math.min(traps.length, size - size / 2));
        return bytes;
    }

    private static ExpenseFields.Builder lunch() {
        return ExpenseFields.builder().projectId(Seed.WEBSITE_ID).expenseCategoryId(Seed.MEALS_ID).spentAt(Seed.TODAY)
                .totalCost(new BigDecimal("11.00")).notes("Lunch with Acme").billable(true);
    }

    private static void refused(ThrowingCallable call, String hint) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.hint()).hasValueSatisfying(value -> assertThat(value).startsWith(hint)));
    }

    @BothFormats
    void anExpenseIsLoggedShownChangedListedAndDeleted(Format format) {
        Expenses expenses = clients.as(Role.REGULAR_USER, format, Expenses::new);

        long id = expenses.create(lunch().build()).execute();
        Expense created = expenses.show(id).execute();
        expenses.update(id, ExpenseFields.builder().notes("Lunch with Acme's CFO").build()).execute();
        Expense updated = expenses.show(id).execute();
        List<Expense> today = expenses.list(Seed.TODAY).execute();
        expenses.delete(id).execute();

        assertThat(created.id()).isEqualTo(id);
        assertThat(created.userId()).isEqualTo(Seed.USER_ID);
        assertThat(created.projectId()).isEqualTo(Seed.WEBSITE_ID);
        assertThat(created.expenseCategoryId()).isEqualTo(Seed.MEALS_ID);
        assertThat(created.totalCost()).isEqualByComparingTo("11.00");
        assertThat(created.units()).isEmpty();
        assertThat(created.isBillable()).isTrue();
        assertThat(created.spentAt()).contains(Seed.TODAY);
        assertThat(created.hasReceipt()).isFalse();
        assertThat(created.receiptUrl()).isEmpty();
        assertThat(created.isClosed()).isFalse();
        assertThat(updated.notes()).isEqualTo("Lunch with Acme's CFO");
        assertThat(updated.totalCost()).as("only what was set changes").isEqualByComparingTo("11.00");
        assertThat(updated.isBillable()).isTrue();
        assertThat(today).extracting(Expense::id).containsExactly(id);
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id)).isEmpty();
        assertThatThrownBy(() -> expenses.show(id).execute()).isInstanceOf(NotFoundException.class);
    }

    @BothFormats
    void aUnitPricedCategoryTakesUnitsAndTheServiceComputesTheTotal(Format format) {
        Expenses expenses = clients.as(Role.REGULAR_USER, format, Expenses::new);

        long id = expenses.create(ExpenseFields.builder().projectId(Seed.WEBSITE_ID).expenseCategoryId(Seed.MILEAGE_ID)
                .spentAt(Seed.TODAY).units(new BigDecimal("10")).notes("Drive to Acme").build()).execute();
        Expense drive = expenses.show(id).execute();
        expenses.update(id, ExpenseFields.builder().units(new BigDecimal("25")).build()).execute();

        assertThat(drive.units()).hasValueSatisfying(units -> assertThat(units).isEqualByComparingTo("10"));
        assertThat(drive.totalCost()).isEqualByComparingTo("4.85"); // 10 miles at 0.485
        assertThat(expenses.show(id).execute().totalCost()).isEqualByComparingTo("12.13"); // 25 × 0.485 = 12.125
        refused(() -> expenses.create(ExpenseFields.builder().projectId(Seed.WEBSITE_ID).expenseCategoryId(Seed.MILEAGE_ID)
                .spentAt(Seed.TODAY).totalCost(BigDecimal.TEN).build()).execute(), "units can't be blank");
    }

    @BothFormats
    void receiptsFromAFileBytesOrAStreamComeBackByteForByte(Format format) throws IOException {
        Expenses expenses = clients.as(Role.REGULAR_USER, format, Expenses::new);
        long id = expenses.create(lunch().build()).execute();
        byte[] scan = image(300_000, 1);
        Path file = Files.write(dir.resolve("hotel.png"), scan);

        expenses.uploadReceipt(id, Receipt.of(file)).execute();
        Expense withReceipt = expenses.show(id).execute();
        byte[] fromFile = expenses.receipt(id).execute();

        assertThat(withReceipt.hasReceipt()).isTrue();
        assertThat(withReceipt.receiptUrl()).contains(SIMULATOR.uri() + "/expenses/" + id + "/receipt");
        assertThat(fromFile).isEqualTo(scan);
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow().receiptContentType()).contains("image/png");
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow().receiptFileName()).contains("hotel.png");

        byte[] bytes = image(5_000, 2);
        expenses.uploadReceipt(id, Receipt.of(bytes, "taxi.jpg", "image/jpeg")).execute();
        assertThat(expenses.receipt(id).execute()).as("replaced").isEqualTo(bytes);
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id).orElseThrow().receiptContentType()).contains("image/jpeg");

        byte[] streamed = image(70_000, 3);
        expenses.uploadReceipt(id, Receipt.of(new ByteArrayInputStream(streamed), streamed.length, "train.pdf",
                "application/pdf")).execute();
        try (InputStream in = expenses.receiptStream(id).execute()) {
            assertThat(in.readAllBytes()).isEqualTo(streamed);
        }
        Path copy = expenses.downloadReceipt(id, dir.resolve("copy.pdf")).execute();
        assertThat(Files.readAllBytes(copy)).isEqualTo(streamed);
    }

    @BothFormats
    void aTenMegabyteReceiptGoesUpAndComesBack(Format format) throws IOException {
        Expenses expenses = clients.as(Role.REGULAR_USER, format, Expenses::new);
        long id = expenses.create(lunch().build()).execute();
        byte[] scan = image(10_000_000, 4);
        Path file = Files.write(dir.resolve("scan.png"), scan);

        expenses.uploadReceipt(id, Receipt.of(file)).execute();
        Path copy = expenses.downloadReceipt(id, dir.resolve("copy.png")).execute();

        assertThat(Files.size(copy)).isEqualTo(scan.length);
        assertThat(Files.readAllBytes(copy)).isEqualTo(scan);
    }

    @BothFormats
    void aLockedExpenseIsChangedByAdministratorsOnlyAndNeverItsProjectCategoryOrDay(Format format) {
        long id = SIMULATOR.state().addExpense(Seed.USER_ID, Seed.WEBSITE_ID, Seed.MEALS_ID, Seed.TODAY, BigDecimal.TEN);
        SIMULATOR.state().lockExpense(id);
        Expenses user = clients.as(Role.REGULAR_USER, format, Expenses::new);
        Expenses admin = clients.as(Role.ADMINISTRATOR, format, Expenses::new).ofUser(Seed.USER_ID);

        assertThat(user.show(id).execute().isClosed()).isTrue();
        refused(() -> user.update(id, ExpenseFields.builder().notes("mine").build()).execute(), "Expense " + id + " is locked");
        refused(() -> user.delete(id).execute(), "Expense " + id + " is locked");
        refused(() -> user.uploadReceipt(id, Receipt.of(new byte[] {1}, "a.png", "image/png")).execute(), "Expense " + id);
        refused(() -> admin.update(id, ExpenseFields.builder().projectId(Seed.MOBILE_ID).build()).execute(),
                "project_id cannot be changed on a locked");
        refused(() -> admin.update(id, ExpenseFields.builder().expenseCategoryId(Seed.MILEAGE_ID).units(BigDecimal.ONE)
                .build()).execute(), "expense_category_id cannot be changed on a locked");
        refused(() -> admin.update(id, ExpenseFields.builder().spentAt(Seed.TODAY.minusDays(1)).build()).execute(),
                "spent_at cannot be changed on a locked");
        admin.update(id, ExpenseFields.builder().notes("approved").totalCost(new BigDecimal("9.50")).build()).execute();

        assertThat(user.show(id).execute().notes()).isEqualTo("approved");
        assertThat(user.show(id).execute().totalCost()).isEqualByComparingTo("9.50");
        admin.delete(id).execute();
        assertThat(SIMULATOR.state().find(Resource.EXPENSES, id)).isEmpty();
    }

    @BothFormats
    void ofUserWorksForAnAdministratorAndIsRefusedToAPlainUser(Format format) {
        Expenses admin = clients.as(Role.ADMINISTRATOR, format, Expenses::new);
        Expenses user = clients.as(Role.REGULAR_USER, format, Expenses::new);

        long hers = admin.ofUser(Seed.USER_ID).create(lunch().build()).execute();

        assertThat(SIMULATOR.state().find(Resource.EXPENSES, hers).orElseThrow().userId()).isEqualTo(Seed.USER_ID);
        assertThat(user.show(hers).execute().id()).isEqualTo(hers);
        assertThat(admin.ofUser(Seed.USER_ID).list(Seed.TODAY).execute()).extracting(Expense::id).containsExactly(hers);
        assertThatThrownBy(() -> admin.show(hers).execute()).as("not the admin's own").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> user.ofUser(Seed.ADMIN_ID).list(Seed.TODAY).execute()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clients.as(Role.PROJECT_MANAGER, format, Expenses::new).ofUser(Seed.USER_ID).show(hers)
                .execute()).isInstanceOf(NotFoundException.class);
    }

    @BothFormats
    void anExpenseGoesOnlyWhereTheUserMayLogIt(Format format) {
        Expenses user = clients.as(Role.REGULAR_USER, format, Expenses::new);

        refused(() -> user.create(lunch().projectId(Seed.RESEARCH_ID).build()).execute(),
                "User " + Seed.USER_ID + " is not assigned to project " + Seed.RESEARCH_ID);
        refused(() -> user.create(lunch().expenseCategoryId(Seed.LODGING_ID).build()).execute(),
                "Expense category " + Seed.LODGING_ID + " is archived");
        assertThat(SIMULATOR.state().all(Resource.EXPENSES)).isEmpty();
    }

    @BothFormats
    void theDefaultItemCategoriesAreRenamedButNeverDeleted(Format format) {
        InvoiceItemCategories categories = clients.as(Role.ADMINISTRATOR, format, InvoiceItemCategories::new);

        List<InvoiceItemCategory> defaults = categories.list().execute();
        long id = categories.create(InvoiceItemCategoryFields.builder().name("Entertainment").build()).execute();
        categories.update(Seed.SERVICE_CATEGORY_ID, InvoiceItemCategoryFields.builder().name("Hours").build()).execute();
        refused(() -> categories.delete(Seed.SERVICE_CATEGORY_ID).execute(), "Invoice item category " + Seed.SERVICE_CATEGORY_ID);
        refused(() -> categories.delete(Seed.PRODUCT_CATEGORY_ID).execute(), "Invoice item category " + Seed.PRODUCT_CATEGORY_ID);
        categories.delete(id).execute();

        assertThat(defaults).extracting(InvoiceItemCategory::name).containsExactly("Service", "Product");
        assertThat(defaults.get(0).useAsService()).isTrue();
        assertThat(defaults.get(1).useAsExpense()).isTrue();
        assertThat(defaults).allMatch(InvoiceItemCategory::isDefault);
        assertThat(categories.list().execute()).extracting(InvoiceItemCategory::name).containsExactly("Hours", "Product");
        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format, InvoiceItemCategories::new).list().execute())
                .isInstanceOf(NotFoundException.class);
    }
}
