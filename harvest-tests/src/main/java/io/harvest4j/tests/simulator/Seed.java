package io.harvest4j.tests.simulator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The account every simulator starts with (and returns to on {@link HarvestSimulator#reset()}):
 * the company of subdomain {@code demo}, three users of the three roles and a contractor, four
 * clients (one archived) and their contacts, five projects, six tasks (two assigned to every new
 * project, one archived) and their assignments, three expense categories — the
 * {@link Kind#DEMO demo} seed, the default. The
 * ids are stable: tests use these constants. The {@link Kind#EMPTY empty} seed holds the company
 * and its administrator only.
 *
 * <p>Who may log time where (active user assignment × active task assignment):
 * <pre>
 *   project                         tasks (billable?)                                    users
 *   WEBSITE  "Website Redesign" WEB  DESIGN(y) DEVELOPMENT(y) PROJECT_MANAGEMENT(y)          admin, pm (manager), user
 *   MOBILE   "Mobile App"       MOB  DEVELOPMENT(y) MEETINGS(n)                               admin, pm (manager), user
 *   INTERNAL "Internal"         ""   MEETINGS(n) PROJECT_MANAGEMENT(n)   (not billable)      admin, pm, user
 *   RESEARCH "Secret Research"  R&amp;D  RESEARCH(y) MEETINGS(n)                         admin only
 *   LEGACY   "Legacy Portal"    LEG  DEVELOPMENT(y)                       (archived)         user (not loggable: archived)
 * </pre>
 * Client names carry characters that must be escaped or encoded ({@code &}, {@code €}), and the
 * day entry ids the simulator hands out are above {@link Integer#MAX_VALUE}, so a client storing
 * ids in an {@code int} fails at once.
 */
public final class Seed {

    private Seed() {
    }

    /**
     * What a simulator's account holds when it starts and after each reset
     * ({@link HarvestSimulator.Builder#seed(Kind)}, {@code --seed demo|empty} standalone).
     * Whatever the kind, the ids of what is added later come from the same ranges.
     */
    public enum Kind {
        /**
         * The company, three users of the three roles and a contractor, four clients and their
         * contacts, five projects, six tasks and their assignments, three expense categories.
         */
        DEMO,
        /**
         * The company and its administrator ({@link #ADMIN_ID}, {@link #ADMIN_EMAIL} /
         * {@link #ADMIN_PASSWORD}), nothing else: no other user, client, project, task,
         * assignment or entry.
         */
        EMPTY
    }

    /** The instant a fixed {@link SimulatorClock} made by the builder starts at: Wednesday 18 January 2017, 15:00 UTC (10:00 am in New York). */
    public static final Instant START = Instant.parse("2017-01-18T15:00:00Z");

    /** {@link #START}'s date in the seeded users' time zone: the day {@code GET /daily} shows first. */
    public static final LocalDate TODAY = LocalDate.of(2017, 1, 18);

    /** The account's subdomain. */
    public static final String SUBDOMAIN = "demo";

    /** The company's name. */
    public static final String COMPANY_NAME = "Demo Company";

    /** The Rails name of the seeded users' time zone. */
    public static final String TIMEZONE = "Eastern Time (US & Canada)";

    /** The Java zone of {@link #TIMEZONE}. */
    public static final String ZONE_ID = "America/New_York";

    // ---- users

    /** The administrator's id. */
    public static final long ADMIN_ID = 100001L;
    /** The administrator's e-mail address (the Basic user name). */
    public static final String ADMIN_EMAIL = "admin@example.com";
    /** The administrator's password. */
    public static final String ADMIN_PASSWORD = "admin-pass";

    /** The project manager's id (manages {@link #WEBSITE_ID} and {@link #MOBILE_ID}). */
    public static final long PM_ID = 100002L;
    /** The project manager's e-mail address. */
    public static final String PM_EMAIL = "pm@example.com";
    /** The project manager's password. */
    public static final String PM_PASSWORD = "pm-pass";

    /** The regular user's id (not assigned to {@link #RESEARCH_ID}). */
    public static final long USER_ID = 100003L;
    /** The regular user's e-mail address. */
    public static final String USER_EMAIL = "user@example.com";
    /** The regular user's password. */
    public static final String USER_PASSWORD = "user-pass";

    // ---- clients

    /** Client "Acme &amp; Sons" (US dollars). */
    public static final long ACME_ID = 200001L;
    /** Client "Globex Société" (euros). */
    public static final long GLOBEX_ID = 200002L;

    // ---- projects

    /** Project "Website Redesign", code WEB, Acme, billable. */
    public static final long WEBSITE_ID = 300001L;
    /** Project "Mobile App", code MOB, Acme, billable. */
    public static final long MOBILE_ID = 300002L;
    /** Project "Internal", empty code, Globex, not billable. */
    public static final long INTERNAL_ID = 300003L;
    /** Project "Secret Research", code R&amp;D, Globex, billable: the administrator's only. */
    public static final long RESEARCH_ID = 300004L;
    /** Project "Legacy Portal", code LEG, Acme: archived (inactive), so nobody may log to it. */
    public static final long LEGACY_ID = 300005L;

    // ---- tasks

    /** Task "Design" (billable by default). */
    public static final long DESIGN_ID = 400001L;
    /** Task "Development" (billable by default). */
    public static final long DEVELOPMENT_ID = 400002L;
    /** Task "Project Management" (billable by default). */
    public static final long PROJECT_MANAGEMENT_ID = 400003L;
    /** Task "Meetings" (not billable by default). */
    public static final long MEETINGS_ID = 400004L;
    /** Task "Research" (billable by default). */
    public static final long RESEARCH_TASK_ID = 400005L;

    // ---- task assignments (project × task)

    /** WEBSITE × DESIGN. */
    public static final long WEBSITE_DESIGN_ASSIGNMENT_ID = 500001L;
    /** WEBSITE × DEVELOPMENT. */
    public static final long WEBSITE_DEVELOPMENT_ASSIGNMENT_ID = 500002L;
    /** WEBSITE × PROJECT_MANAGEMENT. */
    public static final long WEBSITE_PROJECT_MANAGEMENT_ASSIGNMENT_ID = 500003L;
    /** MOBILE × DEVELOPMENT. */
    public static final long MOBILE_DEVELOPMENT_ASSIGNMENT_ID = 500004L;
    /** MOBILE × MEETINGS (not billable). */
    public static final long MOBILE_MEETINGS_ASSIGNMENT_ID = 500005L;
    /** INTERNAL × MEETINGS (not billable). */
    public static final long INTERNAL_MEETINGS_ASSIGNMENT_ID = 500006L;
    /** INTERNAL × PROJECT_MANAGEMENT (not billable). */
    public static final long INTERNAL_PROJECT_MANAGEMENT_ASSIGNMENT_ID = 500007L;
    /** RESEARCH × RESEARCH_TASK. */
    public static final long RESEARCH_RESEARCH_ASSIGNMENT_ID = 500008L;
    /** RESEARCH × MEETINGS (not billable). */
    public static final long RESEARCH_MEETINGS_ASSIGNMENT_ID = 500009L;
    /** LEGACY × DEVELOPMENT. */
    public static final long LEGACY_DEVELOPMENT_ASSIGNMENT_ID = 500010L;

    // ---- user assignments are numbered from 600001 in this order:
    // admin: WEBSITE, MOBILE, INTERNAL, RESEARCH; pm: WEBSITE (manager), MOBILE (manager), INTERNAL;
    // user: WEBSITE, MOBILE, INTERNAL, LEGACY

    /** The first id of the seeded user assignments (600001 … 600011). */
    public static final long FIRST_USER_ASSIGNMENT_ID = 600001L;

    // ---- what the Extended API works on (added after the above: no id above changed)

    /**
     * A contractor ({@code is-contractor}) with {@code has-access-to-all-future-projects}: assigned
     * to every project created from now on, to nothing yet (so he may log time nowhere).
     */
    public static final long CONTRACTOR_ID = 100004L;
    /** The contractor's e-mail address. */
    public static final String CONTRACTOR_EMAIL = "contractor@example.com";
    /** The contractor's password. */
    public static final String CONTRACTOR_PASSWORD = "contractor-pass";

    /** Client "Initech": archived, no projects. */
    public static final long INITECH_ID = 200003L;
    /** Client "Umbrella Corp" (pounds sterling): active, no projects, no contacts (deletable). */
    public static final long UMBRELLA_ID = 200004L;

    /** Task "Administration": archived (deactivated), assigned nowhere. */
    public static final long ADMINISTRATION_TASK_ID = 400006L;
    /**
     * The tasks marked {@code is-default}, assigned to every new project: {@link #PROJECT_MANAGEMENT_ID}
     * (billable by default) and {@link #MEETINGS_ID} (not billable by default).
     */
    public static final List<Long> DEFAULT_TASK_IDS = List.of(PROJECT_MANAGEMENT_ID, MEETINGS_ID);

    /** The first contact's id: Jane Doe of Acme (then John Roe of Acme, Marie Dupont of Globex). */
    public static final long FIRST_CONTACT_ID = 700001L;
    /** Contact Jane Doe, President of Acme. */
    public static final long JANE_CONTACT_ID = 700001L;
    /** Contact John Roe of Acme. */
    public static final long JOHN_CONTACT_ID = 700002L;
    /** Contact Marie Dupont of Globex. */
    public static final long MARIE_CONTACT_ID = 700003L;

    /** The first expense category's id: Mileage (then Meals, Lodging). */
    public static final long FIRST_EXPENSE_CATEGORY_ID = 800001L;
    /** Expense category "Mileage", unit "Miles" at 0.485. */
    public static final long MILEAGE_ID = 800001L;
    /** Expense category "Meals", no unit. */
    public static final long MEALS_ID = 800002L;
    /** Expense category "Lodging": archived (deactivated). */
    public static final long LODGING_ID = 800003L;

    /** The id the first expense created in a fresh state gets (then +1 each). */
    public static final long FIRST_EXPENSE_ID = 900001L;

    /** The id the first invoice created in a fresh state gets (then +1 each). */
    public static final long FIRST_INVOICE_ID = 1_400_001L;

    /** The id the first invoice message created in a fresh state gets (then +1 each). */
    public static final long FIRST_INVOICE_MESSAGE_ID = 1_500_001L;

    /** The id the first invoice payment created in a fresh state gets (then +1 each). */
    public static final long FIRST_INVOICE_PAYMENT_ID = 1_600_001L;

    /** The id the first day entry created in a fresh state gets (then +1 each): above {@link Integer#MAX_VALUE}. */
    public static final long FIRST_DAY_ENTRY_ID = 2_500_000_001L;
}
