package io.harvest4j.plainconsumer;

import io.harvest4j.auth.BasicAuthenticator;
import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.codec.Format;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;

/** Reads today's timesheet in JSON through the builder, and prints what it got and what it runs on. */
public final class DailyApp {

    private DailyApp() {
    }

    public static void main(String[] args) {
        HarvestConfig config = HarvestConfig.builder().baseUri(args[0]).format(Format.JSON)
                .applicationName("PlainConsumer/1.0").build();
        try (HarvestClient client = Harvest.builder().config(config)
                .authenticator(BasicAuthenticator.of("user@example.com", "user-pass")).build()) {
            Daily today = new TimeTracking(client).daily().execute();
            System.out.println("daily: " + today.forDay() + " projects=" + today.projects().size());
        }
        System.out.println("guice: " + ModuleLayer.boot().findModule("com.google.guice").isPresent()
                + ", jaxb: " + ModuleLayer.boot().findModule("jakarta.xml.bind").isPresent());
    }
}
