package io.harvest4j.consumer;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.multibindings.OptionalBinder;
import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.inject.HarvestModule;
import io.harvest4j.core.spi.Authenticator;
import io.harvest4j.extended.Account;
import io.harvest4j.extended.model.WhoAmI;

/** Asks who_am_i in XML and JSON, through the builder and through Guice, and prints the answers. */
public final class WhoAmIApp {

    private WhoAmIApp() {
    }

    public static void main(String[] args) {
        String baseUri = args[0];
        System.out.println("module: " + WhoAmIApp.class.getModule().getName()
                + ", core: " + HarvestConfig.class.getModule().getName());
        for (Format format : new Format[] {Format.XML, Format.JSON}) {
            HarvestConfig config = HarvestConfig.builder().baseUri(baseUri).format(format)
                    .applicationName("ModulePathConsumer/1.0").build();
            Authenticator basic = BasicAuthenticator.of("admin@example.com", "admin-pass");

            WhoAmI viaBuilder = new Account(Harvest.builder().config(config).authenticator(basic).build()).whoAmI();
            print(format, "builder", viaBuilder);

            WhoAmI viaGuice = Guice.createInjector(new HarvestModule(config), new AbstractModule() {
                @Override
                protected void configure() {
                    OptionalBinder.newOptionalBinder(binder(), Authenticator.class).setBinding().toInstance(basic);
                }
            }).getInstance(Account.class).whoAmI();
            print(format, "guice", viaGuice);
        }
    }

    private static void print(Format format, String door, WhoAmI answer) {
        System.out.println(format.mediaType() + " " + door + ": " + answer.user().email()
                + " admin=" + answer.user().isAdmin() + " company=" + answer.company().name());
    }
}
