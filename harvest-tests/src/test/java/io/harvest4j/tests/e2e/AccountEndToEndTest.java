package io.harvest4j.tests.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.UnauthorizedException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.model.RateLimitStatus;
import io.harvest4j.extended.model.WhoAmI;
import io.harvest4j.tests.e2e.support.FrontDoor;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** who_am_i and rate_limit_status against the simulator: both formats, both front doors, every role. */
class AccountEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    static Stream<Arguments> formatsAndDoors() {
        List<Arguments> arguments = new ArrayList<>();
        for (Format format : new Format[] {Format.XML, Format.JSON}) {
            for (FrontDoor door : FrontDoor.values()) {
                arguments.add(Arguments.of(format, door));
            }
        }
        return arguments.stream();
    }

    private Account account(Format format, FrontDoor door, String email, String password) {
        return door.facade(Account.class, SIMULATOR.uri(), format, email, password);
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("formatsAndDoors")
    void anAdministratorSeesTheCompanyAndThemselves(Format format, FrontDoor door) {
        WhoAmI me = account(format, door, Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD).whoAmI().execute();

        assertThat(me.company().name()).isEqualTo(Seed.COMPANY_NAME);
        assertThat(me.company().baseUri()).isNotBlank();
        assertThat(me.company().fullDomain()).isNotBlank();
        assertThat(me.company().isActive()).isTrue();
        assertThat(me.company().modules()).isNotNull();
        assertThat(me.company().modules().expenses()).isTrue();
        assertThat(me.company().modules().invoices()).isTrue();
        assertThat(me.user().id()).isEqualTo(Seed.ADMIN_ID);
        assertThat(me.user().email()).isEqualTo(Seed.ADMIN_EMAIL);
        assertThat(me.user().isAdmin()).isTrue();
        assertThat(me.user().timezone()).isEqualTo(Seed.TIMEZONE);
        assertThat(me.user().timezoneUtcOffset()).isPresent();
        assertThat(me.user().firstName()).isNotBlank();
        assertThat(me.user().projectManager()).isNotNull();
        assertThat(me.user().usesTimestampTimers()).isFalse();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("formatsAndDoors")
    void aProjectManagerIsNoAdministratorButManagesProjects(Format format, FrontDoor door) {
        WhoAmI me = account(format, door, Seed.PM_EMAIL, Seed.PM_PASSWORD).whoAmI().execute();

        assertThat(me.user().id()).isEqualTo(Seed.PM_ID);
        assertThat(me.user().isAdmin()).isFalse();
        assertThat(me.user().projectManager().isProjectManager()).isTrue();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("formatsAndDoors")
    void aRegularUserIsNeither(Format format, FrontDoor door) {
        WhoAmI me = account(format, door, Seed.USER_EMAIL, Seed.USER_PASSWORD).whoAmI().execute();

        assertThat(me.user().id()).isEqualTo(Seed.USER_ID);
        assertThat(me.user().email()).isEqualTo(Seed.USER_EMAIL);
        assertThat(me.user().isAdmin()).isFalse();
        assertThat(me.user().projectManager().isProjectManager()).isFalse();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("formatsAndDoors")
    void aWrongPasswordIsATypedUnauthorizedWithoutTheSecret(Format format, FrontDoor door) {
        Account account = account(format, door, Seed.ADMIN_EMAIL, "not-the-password");

        assertThatThrownBy(() -> account.whoAmI().execute())
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.uri().getPath()).isEqualTo("/account/who_am_i");
                    assertThat(e.serviceMessage()).isPresent();
                })
                .hasMessageNotContaining("not-the-password");
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("formatsAndDoors")
    void theRateLimitStatusCountsTheCallsOfTheWindow(Format format, FrontDoor door) {
        Account account = account(format, door, Seed.USER_EMAIL, Seed.USER_PASSWORD);
        account.whoAmI().execute();
        account.whoAmI().execute();

        RateLimitStatus status = account.rateLimitStatus().execute();

        assertThat(status.maxCalls()).isEqualTo(100);
        assertThat(status.timeframeLimit()).isEqualTo(15);
        assertThat(status.count()).isEqualTo(2);
        assertThat(status.requestsAvailable()).isEqualTo(98);
        assertThat(status.lastAccessAt()).isPresent();
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("formatsAndDoors")
    void asynchronousCallsGiveTheSameAnswer(Format format, FrontDoor door) {
        Account account = account(format, door, Seed.PM_EMAIL, Seed.PM_PASSWORD);

        assertThat(account.whoAmI().executeAsync().join()).isEqualTo(account.whoAmI().execute());
        assertThat(account.rateLimitStatus().executeAsync().join().maxCalls()).isEqualTo(100);
    }
}
