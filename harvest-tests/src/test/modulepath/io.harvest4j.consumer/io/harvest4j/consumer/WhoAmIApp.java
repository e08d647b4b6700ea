package io.harvest4j.consumer;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.inject.HarvestModule;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.model.WhoAmI;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Asks who_am_i in XML and JSON, through the builder and through Guice, and reads timesheets as the
 * README shows: {@code daily().execute()}, {@code ofUser(id).daily(day).timeout(…).execute()},
 * {@code whoAmI().executeAsync().join()}. Prints what it got.
 */
public final class WhoAmIApp {

    private WhoAmIApp() {
    }

    public static void main(String[] args) {
        String baseUri = args[0];
        long userId = Long.parseLong(args[1]);
        LocalDate day = LocalDate.parse(args[2]);
        System.out.println("module: " + WhoAmIApp.class.getModule().getName()
                + ", core: " + HarvestConfig.class.getModule().getName());
        for (Format format : new Format[] {Format.XML, Format.JSON}) {
            HarvestConfig config = HarvestConfig.builder().baseUri(baseUri).format(format)
                    .applicationName("ModulePathConsumer/1.0").build();
            Authenticator basic = BasicAuthenticator.of("admin@example.com", "admin-pass");

            try (HarvestClient client = Harvest.builder().config(config).authenticator(basic).build()) {
                WhoAmI viaBuilder = new Account(client).whoAmI().executeAsync().join();
                print(format, "builder", viaBuilder);

                Daily today = new TimeTracking(client).daily().execute();
                Daily theirs = new TimeTracking(client).ofUser(userId).daily(day).timeout(Duration.ofSeconds(5)).execute();
                System.out.println(format.mediaType() + " daily: " + today.forDay() + " projects=" + today.projects().size()
                        + "; of user " + userId + ": " + theirs.forDay() + " entries=" + theirs.dayEntries().size());
            }

            WhoAmI viaGuice = Guice.createInjector(new HarvestModule(config), new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding().toInstance(basic);
                }
            }).getInstance(Account.class).whoAmI().execute();
            print(format, "guice", viaGuice);
        }
    }

    private static void print(Format format, String door, WhoAmI answer) {
        System.out.println(format.mediaType() + " " + door + ": " + answer.user().email()
                + " admin=" + answer.user().isAdmin() + " company=" + answer.company().name());
    }
}
