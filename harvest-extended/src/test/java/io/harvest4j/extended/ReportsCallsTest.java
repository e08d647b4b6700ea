package io.harvest4j.extended;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.harvest4j.core.Harvest;
import io.harvest4j.core.HarvestConfig;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.codec.Format;
import io.harvest4j.core.testing.RecordingTransport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What {@link Reports} sends: paths, {@code from}/{@code to}, each call's filters, and the arguments it refuses. */
class ReportsCallsTest {

    private static final LocalDate FROM = LocalDate.of(2017, 1, 1);
    private static final LocalDate TO = LocalDate.of(2017, 12, 31);

    private final RecordingTransport transport = new RecordingTransport().otherwise(RecordingTransport.Answer.of(200, "[]"));
    private final Reports reports = new Reports(Harvest.builder()
            .config(HarvestConfig.builder().baseUri("http://127.0.0.1:1").format(Format.JSON).build())
            .codec(RealCodecs.of(Format.JSON)).transport(transport).build());

    private String sent() {
        String uri = transport.takeRequest().uri().toString();
        return uri.substring("http://127.0.0.1:1".length());
    }

    @Test
    void sendsTheProjectEntriesReportWithEachFilter() {
        reports.projectEntries(3, FROM, TO).userId(5).billable(true).onlyBilled().isClosed(false)
                .updatedSince(Instant.parse("2010-09-25T18:30:59Z")).execute();
        assertThat(sent()).isEqualTo("/projects/3/entries?from=20170101&to=20171231&user_id=5&billable=yes"
                + "&only_billed=yes&is_closed=no&updated_since=2010-09-25%2018%3A30");

        reports.projectEntries(3, FROM, FROM).billable(false).onlyBilled().onlyUnbilled().isClosed(true).execute();
        assertThat(sent()).as("only_unbilled replaces only_billed")
                .isEqualTo("/projects/3/entries?from=20170101&to=20170101&billable=no&only_unbilled=yes&is_closed=yes");
    }

    @Test
    void sendsThePersonEntriesReportWithEachFilter() {
        reports.personEntries(7, FROM, TO).projectId(3).onlyUnbilled()
                .updatedSince(OffsetDateTime.of(2010, 9, 25, 20, 30, 0, 0, ZoneOffset.ofHours(2))).execute();
        assertThat(sent()).isEqualTo("/people/7/entries?from=20170101&to=20171231&project_id=3&only_unbilled=yes"
                + "&updated_since=2010-09-25%2018%3A30");
    }

    @Test
    void sendsTheExpenseReportsWithTheirFilters() {
        reports.projectExpenses(3, FROM, TO).isClosed(false).onlyBilled().execute();
        assertThat(sent()).isEqualTo("/projects/3/expenses?from=20170101&to=20171231&is_closed=no&only_billed=yes");
        reports.personExpenses(7, FROM, TO).isClosed(true).updatedSince(Instant.parse("2010-09-25T18:30:00Z")).execute();
        assertThat(sent()).isEqualTo("/people/7/expenses?from=20170101&to=20171231&is_closed=yes"
                + "&updated_since=2010-09-25%2018%3A30");
    }

    @Test
    void aRequestIsImmutable() {
        ProjectEntriesReport plain = reports.projectEntries(3, FROM, TO);
        plain.userId(5);
        plain.execute();
        assertThat(sent()).isEqualTo("/projects/3/entries?from=20170101&to=20171231");
    }

    @Test
    void refusesBadArgumentsBeforeSending() {
        assertThatThrownBy(() -> reports.projectEntries(0, FROM, TO)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Reports.projectEntries: projectId");
        assertThatThrownBy(() -> reports.personEntries(7, null, TO)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Reports.personEntries: from");
        assertThatThrownBy(() -> reports.projectExpenses(3, FROM, null)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Reports.projectExpenses: to");
        assertThatThrownBy(() -> reports.personExpenses(7, TO, FROM)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("before");
        assertThatThrownBy(() -> reports.personExpenses(7, LocalDate.of(99999, 1, 1), TO))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> reports.projectEntries(3, FROM, TO).userId(-1)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> reports.personEntries(3, FROM, TO).projectId(0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> reports.personEntries(3, FROM, TO).updatedSince((Instant) null))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(transport.requests()).isEmpty();
    }
}
