package io.harvest4j.tests.e2e.support;

import io.harvest4j.tests.simulator.Seed;
import java.util.List;

/** The three users of the demo seed, and the projects each may log time to: whom end-to-end tests call as. */
public enum Role {

    /** Everything; the only one assigned to Secret Research. */
    ADMINISTRATOR(Seed.ADMIN_ID, Seed.ADMIN_EMAIL, Seed.ADMIN_PASSWORD,
            List.of(Seed.MOBILE_ID, Seed.WEBSITE_ID, Seed.INTERNAL_ID, Seed.RESEARCH_ID)),

    /** Manages Website Redesign and Mobile App; no administrator. */
    PROJECT_MANAGER(Seed.PM_ID, Seed.PM_EMAIL, Seed.PM_PASSWORD,
            List.of(Seed.MOBILE_ID, Seed.WEBSITE_ID, Seed.INTERNAL_ID)),

    /** Their own timesheet only; also assigned to the archived Legacy Portal, which is not loggable. */
    REGULAR_USER(Seed.USER_ID, Seed.USER_EMAIL, Seed.USER_PASSWORD,
            List.of(Seed.MOBILE_ID, Seed.WEBSITE_ID, Seed.INTERNAL_ID));

    public final long id;
    public final String email;
    public final String password;
    /** The ids of the projects the user may log time to (active user and task assignments on an active project). */
    public final List<Long> loggableProjects;

    Role(long id, String email, String password, List<Long> loggableProjects) {
        this.id = id;
        this.email = email;
        this.password = password;
        this.loggableProjects = loggableProjects;
    }
}
