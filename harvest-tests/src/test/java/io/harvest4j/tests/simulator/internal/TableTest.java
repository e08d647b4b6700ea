package io.harvest4j.tests.simulator.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.tests.simulator.SimulatorClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TableTest {

    private final SimulatorClock clock = SimulatorClock.fixedAt(Seed.START);
    private final Table<Thing> things = new Table<>("thing", 2_500_000_001L, clock);

    /** The smallest entity: a name. */
    private static final class Thing extends Entity {
        final String name;

        Thing(String name) {
            this.name = name;
        }
    }

    private static List<String> names(List<Thing> list) {
        return list.stream().map(t -> t.name).collect(Collectors.toList());
    }

    @Test
    void idsCountUpFromTheFirstIdAboveIntegerMaxValue() {
        Thing a = things.insert(new Thing("a"));
        Thing b = things.insert(new Thing("b"));

        assertThat(a.id()).isEqualTo(2_500_000_001L).isGreaterThan(Integer.MAX_VALUE);
        assertThat(b.id()).isEqualTo(2_500_000_002L);
        assertThat(things.find(b.id())).containsSame(b);
        assertThat(things.get(a.id())).isSameAs(a);
        assertThat(things.contains(a.id())).isTrue();
        assertThat(things.size()).isEqualTo(2);
    }

    @Test
    void aRemovedIdIsNeverGivenAgain() {
        Thing a = things.insert(new Thing("a"));
        things.insert(new Thing("b"));

        assertThat(things.remove(a.id())).containsSame(a);
        assertThat(things.remove(a.id())).isEmpty();
        assertThat(things.find(a.id())).isEmpty();
        assertThat(things.contains(a.id())).isFalse();
        assertThat(things.insert(new Thing("c")).id()).isEqualTo(2_500_000_003L);
    }

    @Test
    void insertingStampsBothTimesAndTouchingOnlyTheUpdate() {
        Thing a = things.insert(new Thing("a"));
        assertThat(a.createdAt()).isEqualTo(Seed.START);
        assertThat(a.updatedAt()).isEqualTo(Seed.START);

        clock.advance(Duration.ofMinutes(5));
        assertThat(things.touch(a)).isSameAs(a);

        assertThat(a.createdAt()).isEqualTo(Seed.START);
        assertThat(a.updatedAt()).isEqualTo(Seed.START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void updatedSinceKeepsWhatChangedAtOrAfterTheInstantInIdOrder() {
        Thing a = things.insert(new Thing("a"));
        clock.advance(Duration.ofMinutes(1));
        Instant minuteOne = clock.instant();
        Thing b = things.insert(new Thing("b"));
        things.insert(new Thing("c"));
        clock.advance(Duration.ofMinutes(1));
        things.touch(a);

        assertThat(names(things.updatedSince(Seed.START))).containsExactly("a", "b", "c");
        assertThat(names(things.updatedSince(minuteOne))).as("at the instant counts").containsExactly("a", "b", "c");
        assertThat(names(things.updatedSince(minuteOne.plusMillis(1)))).containsExactly("a");
        assertThat(things.updatedSince(clock.instant().plusSeconds(1))).isEmpty();
        assertThat(b.updatedAt()).isEqualTo(minuteOne);
    }

    @Test
    void iterationAndListsAreInIdOrder() {
        for (String name : List.of("x", "y", "z")) {
            things.insert(new Thing(name));
        }
        things.remove(2_500_000_002L);
        List<String> iterated = new ArrayList<>();
        things.forEach(t -> iterated.add(t.name));

        assertThat(iterated).containsExactly("x", "z");
        assertThat(names(things.all())).containsExactly("x", "z");
        assertThat(things.stream().map(t -> t.name)).containsExactly("x", "z");
        assertThatThrownBy(() -> things.iterator().remove()).isInstanceOf(RuntimeException.class);
    }

    @Test
    void allIsACopyTheTableCanChangeUnder() {
        things.insert(new Thing("a"));
        List<Thing> all = things.all();

        things.insert(new Thing("b"));

        assertThat(names(all)).containsExactly("a");
    }

    @Test
    void resetForgetsEverythingAndStartsTheIdsAgain() {
        things.insert(new Thing("a"));
        things.insert(new Thing("b"));

        things.reset();

        assertThat(things.size()).isZero();
        assertThat(things.all()).isEmpty();
        assertThat(things.insert(new Thing("c")).id()).isEqualTo(2_500_000_001L);
    }

    @Test
    void getNamesWhatIsMissing() {
        assertThatThrownBy(() -> things.get(42)).isInstanceOf(IllegalArgumentException.class).hasMessage("no thing 42");
    }

    @Test
    void anEntityBelongsToOneTableOnce() {
        Thing a = things.insert(new Thing("a"));
        Table<Thing> other = new Table<>("thing", 1, clock);

        assertThatThrownBy(() -> things.insert(a)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> other.insert(a)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> other.touch(a)).isInstanceOf(IllegalArgumentException.class);
        assertThat(other.size()).isZero();
        assertThat(things.size()).isEqualTo(1);
    }

    @Test
    void anEntityHasNoIdOrStampsBeforeItIsInserted() {
        Thing loose = new Thing("loose");

        assertThatThrownBy(loose::id).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(loose::createdAt).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(loose::updatedAt).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFirstIdIsPositive() {
        assertThatThrownBy(() -> new Table<>("thing", 0, clock)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAccountKeepsTheSeedsIdRanges() {
        Account account = new Account(clock, Seed.Kind.DEMO);

        assertThat(account.users().all()).extracting(Entity::id)
                .containsExactly(Seed.ADMIN_ID, Seed.PM_ID, Seed.USER_ID, Seed.CONTRACTOR_ID);
        assertThat(account.clients().all()).extracting(Entity::id)
                .containsExactly(Seed.ACME_ID, Seed.GLOBEX_ID, Seed.INITECH_ID, Seed.UMBRELLA_ID);
        assertThat(account.projects().all()).extracting(Entity::id)
                .containsExactly(Seed.WEBSITE_ID, Seed.MOBILE_ID, Seed.INTERNAL_ID, Seed.RESEARCH_ID, Seed.LEGACY_ID);
        assertThat(account.tasks().all()).extracting(Entity::id).containsExactly(Seed.DESIGN_ID, Seed.DEVELOPMENT_ID,
                Seed.PROJECT_MANAGEMENT_ID, Seed.MEETINGS_ID, Seed.RESEARCH_TASK_ID, Seed.ADMINISTRATION_TASK_ID);
        assertThat(account.contacts().all()).extracting(Entity::id).startsWith(Seed.FIRST_CONTACT_ID);
        assertThat(account.expenseCategories().all()).extracting(Entity::id)
                .startsWith(Seed.FIRST_EXPENSE_CATEGORY_ID);
        assertThat(account.taskAssignments().all()).extracting(Entity::id)
                .startsWith(Seed.WEBSITE_DESIGN_ASSIGNMENT_ID).endsWith(Seed.LEGACY_DEVELOPMENT_ASSIGNMENT_ID).hasSize(10);
        assertThat(account.userAssignments().all()).extracting(Entity::id)
                .startsWith(Seed.FIRST_USER_ASSIGNMENT_ID).endsWith(Seed.FIRST_USER_ASSIGNMENT_ID + 10);
        assertThat(account.addDayEntry(Seed.USER_ID, Seed.WEBSITE_ID, Seed.DESIGN_ID, Seed.TODAY, null,
                java.math.BigDecimal.ONE).id()).isEqualTo(Seed.FIRST_DAY_ENTRY_ID);
        assertThat(account.users().get(Seed.ADMIN_ID).createdAt()).isEqualTo(Seed.START);
    }
}
