package io.harvest4j.tests.e2e.timetracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.MayHaveBeenProcessedException;
import io.harvest4j.core.CodecException;
import io.harvest4j.core.ServerException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.tests.e2e.support.BothFormats;
import io.harvest4j.tests.e2e.support.Role;
import io.harvest4j.tests.simulator.CannedResponse;
import io.harvest4j.tests.simulator.HarvestSimulatorExtension;
import io.harvest4j.tests.simulator.Seed;
import io.harvest4j.timetracking.TimeTracking;
import io.harvest4j.timetracking.model.Daily;
import io.harvest4j.timetracking.model.NewDayEntry;
import io.harvest4j.timetracking.model.TimerResult;
import java.math.BigDecimal;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Answers that do not decode are reported as a {@link CodecException} naming the type and the
 * format, never as a crash or a half-read value; an HTML error page is a typed API error.
 */
class UndecodableAnswersEndToEndTest {

    @RegisterExtension
    static final HarvestSimulatorExtension SIMULATOR = new HarvestSimulatorExtension();

    @RegisterExtension
    final TimeTrackingClients clients = new TimeTrackingClients(SIMULATOR);

    private static final String HTML_PAGE = "<!DOCTYPE html>\n<html><head><title>Harvest</title></head>"
            + "<body><h1>We'll be right back</h1></body></html>";

    private static CannedResponse truncated(Format format) {
        return format == Format.XML
                ? CannedResponse.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<daily>\n  <for_day type=\"date\">Wed, 18")
                : CannedResponse.json(200, "{\"for_day\":\"2017-01-18\",\"day_entries\":[{\"id\":2500000001,\"hours\":1.");
    }

    @BothFormats
    void aTruncatedTimesheetIsACodecExceptionNamingTheTypeAndFormat(Format format) {
        SIMULATOR.simulator().enqueue(truncated(format));

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).daily().execute())
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(Daily.class.getSimpleName())
                .hasMessageContaining(format.mediaType());
    }

    @BothFormats
    void aTruncatedTimerAnswerIsACodecException(Format format) {
        SIMULATOR.simulator().enqueue(format == Format.XML
                ? CannedResponse.xml(201, "<timer><day_entry><id type=\"integer\">2500000001</id><hours>")
                : CannedResponse.json(201, "{\"id\":2500000001,\"hours\":"));

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).add(NewDayEntry.withHours(BigDecimal.ONE)
                .projectId(Seed.WEBSITE_ID).taskId(Seed.DESIGN_ID).build()).execute())
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(TimerResult.class.getSimpleName())
                .hasMessageContaining(format.mediaType());
    }

    @BothFormats
    void anHtmlPageAnsweredWithStatus200IsACodecException(Format format) {
        SIMULATOR.simulator().enqueue(CannedResponse.html(200, HTML_PAGE));

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).daily().execute())
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(Daily.class.getSimpleName())
                .hasMessageContaining(format.mediaType());
    }

    @BothFormats
    void anHtmlPageAnsweredToShowIsACodecExceptionToo(Format format) {
        SIMULATOR.simulator().enqueue(CannedResponse.html(200, HTML_PAGE));

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).show(Seed.FIRST_DAY_ENTRY_ID).execute())
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(format.mediaType());
    }

    @Test
    void xmlLabelledJsonIsACodecExceptionForAJsonClient() {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200).body("application/json; charset=utf-8",
                "<?xml version=\"1.0\"?>\n<daily><for_day type=\"date\">Wed, 18 Jan 2017</for_day><day_entries/></daily>")
                .build());

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, Format.JSON).daily().execute())
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(Daily.class.getSimpleName())
                .hasMessageContaining("application/json");
    }

    @Test
    void jsonLabelledXmlIsACodecExceptionForAnXmlClient() {
        SIMULATOR.simulator().enqueue(CannedResponse.builder(200).body("application/xml; charset=utf-8",
                "{\"for_day\":\"2017-01-18\",\"day_entries\":[],\"projects\":[]}").build());

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, Format.XML).daily().execute())
                .isInstanceOf(CodecException.class)
                .hasMessageContaining(Daily.class.getSimpleName())
                .hasMessageContaining("application/xml");
    }

    @BothFormats
    void aTimerAnswerWithoutADayEntryIsACodecException(Format format) {
        SIMULATOR.simulator().enqueue(format == Format.XML
                ? CannedResponse.xml(200, "<timer><hours_for_previously_running_timer type=\"float\">0.87"
                        + "</hours_for_previously_running_timer></timer>")
                : CannedResponse.json(200, "{\"hours_for_previously_running_timer\":0.87}"));

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).toggleTimer(Seed.FIRST_DAY_ENTRY_ID).execute())
                .isInstanceOf(CodecException.class)
                .hasMessageContaining("without a day entry");
    }

    @BothFormats
    void anAsynchronousCallFailsItsFutureWithTheCodecException(Format format) {
        SIMULATOR.simulator().enqueue(truncated(format));

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).daily().executeAsync().join())
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(CodecException.class);
    }

    @BothFormats
    void anHtml500PageIsAServerExceptionWithoutAServiceMessage(Format format) {
        SIMULATOR.simulator().enqueue(CannedResponse.html(500, HTML_PAGE));

        assertThatThrownBy(() -> clients.as(Role.REGULAR_USER, format).toggleTimer(Seed.FIRST_DAY_ENTRY_ID).execute())
                .isInstanceOf(MayHaveBeenProcessedException.class).cause().isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.serviceMessage()).isEmpty();
                    assertThat(e.uri().getPath()).isEqualTo("/daily/timer/" + Seed.FIRST_DAY_ENTRY_ID);
                });
    }

    @BothFormats
    void anHtml500PageAnsweredToShowEveryTimeIsAServerExceptionAfterEveryAttempt(Format format) {
        for (int i = 0; i < 4; i++) {
            SIMULATOR.simulator().enqueue(CannedResponse.html(500, HTML_PAGE));
        }

        assertThatThrownBy(() -> clients.withoutWaits(Role.REGULAR_USER, format).show(Seed.FIRST_DAY_ENTRY_ID).execute())
                .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(SIMULATOR.simulator().requestCount()).as("a read is retried after a 500, 4 attempts in all").isEqualTo(4);
    }

    @BothFormats
    void theClientKeepsWorkingAfterAnUndecodableAnswer(Format format) {
        TimeTracking timeTracking = clients.as(Role.REGULAR_USER, format);
        SIMULATOR.simulator().enqueue(truncated(format));
        assertThatThrownBy(() -> timeTracking.daily().execute()).isInstanceOf(CodecException.class);

        Daily today = timeTracking.daily().execute();

        assertThat(today.forDay()).isEqualTo(Seed.TODAY);
    }
}
