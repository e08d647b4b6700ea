package io.harvest4j.extended;

import io.harvest4j.core.Call;
import io.harvest4j.core.ExecutableRequest;
import io.harvest4j.core.HarvestClient;
import io.harvest4j.core.InvalidRequestException;
import io.harvest4j.core.QueryValues;
import io.harvest4j.core.internal.Checks;
import io.harvest4j.extended.model.Invoice;
import io.harvest4j.extended.model.InvoiceStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * {@code GET /invoices} with its filters, ready to run: {@link #execute()} answers one page (the
 * service's 50 invoices; the first unless {@link #page(int)} says otherwise), {@link #stream()} every
 * page lazily. Filters combine; each option returns a changed copy, so a request may be kept and
 * reused.
 *
 * <pre>{@code
 * List<Invoice> second = invoices.list().status(InvoiceStatus.UNPAID).page(2).execute();
 * try (Stream<Invoice> all = invoices.list().client(23445).stream()) {
 *     BigDecimal due = all.map(Invoice::dueAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
 * }
 * }</pre>
 */
public final class InvoiceListRequest extends ExecutableRequest<List<Invoice>, InvoiceListRequest> {

    /** How many invoices the service puts on a page. */
    public static final int PAGE_SIZE = 50;

    private InvoiceListRequest(HarvestClient client, Call<List<Invoice>> call) {
        super(client, call);
    }

    static InvoiceListRequest of(HarvestClient client, Call<List<Invoice>> call) {
        return new InvoiceListRequest(client, call);
    }

    /**
     * {@code status}: only the invoices in that state, or one of the macros {@code unpaid} and {@code pastdue}.
     *
     * @param status the state wanted
     * @return a copy of this request with the filter (replacing any earlier one)
     * @throws InvalidRequestException when it is {@code null}
     */
    public InvoiceListRequest status(InvoiceStatus status) {
        return withQuery("status", Checks.required("InvoiceListRequest.status: status", status).wireValue());
    }

    /**
     * {@code client}: only one client's invoices.
     *
     * @param clientId the client's id
     * @return a copy of this request with the filter (replacing any earlier one)
     * @throws InvalidRequestException when it is not positive
     */
    public InvoiceListRequest client(long clientId) {
        return withQuery("client", QueryValues.id(Checks.positiveId("InvoiceListRequest.client: clientId", clientId)));
    }

    /**
     * {@code from}: only invoices issued on or after that day ({@code YYYYMMDD}).
     *
     * @param day the first issue day
     * @return a copy of this request with the filter (replacing any earlier one)
     * @throws InvalidRequestException when it is {@code null} or its year has not four digits
     */
    public InvoiceListRequest from(LocalDate day) {
        return withQuery("from", QueryValues.date(Checks.required("InvoiceListRequest.from: day", day)));
    }

    /**
     * {@code to}: only invoices issued on or before that day ({@code YYYYMMDD}).
     *
     * @param day the last issue day
     * @return a copy of this request with the filter (replacing any earlier one)
     * @throws InvalidRequestException when it is {@code null} or its year has not four digits
     */
    public InvoiceListRequest to(LocalDate day) {
        return withQuery("to", QueryValues.date(Checks.required("InvoiceListRequest.to: day", day)));
    }

    /**
     * {@code updated_since}: only invoices created or changed at or after this moment (cut down to
     * its minute, UTC).
     *
     * @param since the moment
     * @return a copy of this request with the filter (replacing any earlier one)
     * @throws InvalidRequestException when it is {@code null} or outside the years 1000 to 9999
     */
    public InvoiceListRequest updatedSince(Instant since) {
        return withQuery("updated_since", QueryValues.dateTime(Checks.required("InvoiceListRequest.updatedSince: since", since)));
    }

    /**
     * {@code updated_since}; see {@link #updatedSince(Instant)}.
     *
     * @param since the moment
     * @return a copy of this request with the filter (replacing any earlier one)
     * @throws InvalidRequestException when it is {@code null}
     */
    public InvoiceListRequest updatedSince(OffsetDateTime since) {
        return updatedSince(Checks.required("InvoiceListRequest.updatedSince: since", since).toInstant());
    }

    /**
     * {@code updated_since}; see {@link #updatedSince(Instant)}.
     *
     * @param since the moment
     * @return a copy of this request with the filter (replacing any earlier one)
     * @throws InvalidRequestException when it is {@code null}
     */
    public InvoiceListRequest updatedSince(ZonedDateTime since) {
        return updatedSince(Checks.required("InvoiceListRequest.updatedSince: since", since).toInstant());
    }

    /**
     * {@code page}: which page of {@value #PAGE_SIZE} invoices {@link #execute()} answers (and
     * where {@link #stream()} starts).
     *
     * @param page the page, from 1
     * @return a copy of this request for that page
     * @throws InvalidRequestException when it is less than 1
     */
    public InvoiceListRequest page(int page) {
        if (page < 1) {
            throw new InvalidRequestException("InvoiceListRequest.page: page must be 1 or more: " + page);
        }
        return withQuery("page", Integer.toString(page));
    }

    /**
     * Every invoice the filters select, page after page: a page is fetched (one {@code execute()}
     * through the client, so the throttle governor paces it) only when the caller advances past the
     * previous one, and none before the first item is asked for. The pages end with the first that
     * holds fewer than {@value #PAGE_SIZE}. Sequential; a failed page fails the stream with its
     * {@code HarvestException}. Each call makes a new stream.
     *
     * @return the invoices, lazily
     */
    public Stream<Invoice> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Pages(this),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    protected InvoiceListRequest copy(Call<List<Invoice>> changed) {
        return new InvoiceListRequest(client(), changed);
    }

    /** Fetches page after page as the caller advances. */
    private static final class Pages implements Iterator<Invoice> {
        private final InvoiceListRequest request;
        private int nextPage;
        private Iterator<Invoice> current = List.<Invoice>of().iterator();
        private boolean last;

        Pages(InvoiceListRequest request) {
            this.request = request;
            List<String> page = request.call().query().get("page");
            this.nextPage = page == null ? 1 : Integer.parseInt(page.get(0));
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !last) {
                List<Invoice> page = request.page(nextPage++).execute();
                last = page.size() < PAGE_SIZE;
                current = page.iterator();
            }
            return current.hasNext();
        }

        @Override
        public Invoice next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
