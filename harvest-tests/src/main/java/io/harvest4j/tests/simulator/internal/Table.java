package io.harvest4j.tests.simulator.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The rows of one resource of the simulated account (users, projects, day entries…), in memory:
 * it gives ids from a first id upwards (never reused until {@link #reset()}), stamps
 * {@code created_at} and {@code updated_at} from the simulator's clock, finds, removes, lists in
 * id order and answers {@code updated_since}. A resource's own rules (what must exist first, what
 * is unique) stay with the resource; what every resource shares is here, once.
 *
 * <p>Not thread-safe by itself: guarded by the {@link Account}'s lock, as every part of the account.
 *
 * @param <E> the entity
 */
public final class Table<E extends Entity> implements Iterable<E> {

    private final String name;
    private final long firstId;
    private final Clock clock;
    private final TreeMap<Long, E> rows = new TreeMap<>();
    private long nextId;

    /**
     * @param name what one row is, for messages ({@code "day entry"})
     * @param firstId the id of the first row inserted, and again after {@link #reset()}
     * @param clock the simulator's clock, for the time stamps
     */
    public Table(String name, long firstId, Clock clock) {
        if (firstId < 1) {
            throw new IllegalArgumentException("ids start at 1 or above, not " + firstId);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.firstId = firstId;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nextId = firstId;
    }

    /**
     * Adds an entity: it gets the next id, and {@code created_at} and {@code updated_at} now.
     *
     * @param entity a new entity, in no table yet
     * @param <T> its type
     * @return it
     * @throws IllegalStateException when it is already in a table
     */
    public <T extends E> T insert(T entity) {
        entity.inserted(nextId, clock.instant());
        nextId++;
        rows.put(entity.id(), entity);
        return entity;
    }

    /**
     * Records that an entity changed: its {@code updated_at} becomes now.
     *
     * @param entity an entity of this table
     * @return it
     * @throws IllegalArgumentException when it is not in this table
     */
    public E touch(E entity) {
        if (rows.get(entity.id()) != entity) {
            throw new IllegalArgumentException("the " + name + " " + entity.id() + " is not in this table");
        }
        entity.touched(clock.instant());
        return entity;
    }

    /**
     * @param id an id
     * @return the entity, if there is one of that id
     */
    public Optional<E> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    /**
     * @param id an id that must exist (set-up code: a test asking for something missing is a mistake)
     * @return the entity
     * @throws IllegalArgumentException when there is none ({@code no project 300009})
     */
    public E get(long id) {
        E entity = rows.get(id);
        if (entity == null) {
            throw new IllegalArgumentException("no " + name + " " + id);
        }
        return entity;
    }

    /**
     * @param id an id
     * @return whether an entity has it
     */
    public boolean contains(long id) {
        return rows.containsKey(id);
    }

    /**
     * @param id an id
     * @return the entity removed, if there was one (its id is not given again)
     */
    public Optional<E> remove(long id) {
        return Optional.ofNullable(rows.remove(id));
    }

    /** @return every entity, by id (a copy: the table may change while it is read) */
    public List<E> all() {
        return new ArrayList<>(rows.values());
    }

    /**
     * The {@code updated_since} filter of the Extended API's lists.
     *
     * @param since an instant
     * @return the entities updated at or after it, by id
     */
    public List<E> updatedSince(Instant since) {
        Objects.requireNonNull(since, "since");
        List<E> result = new ArrayList<>();
        for (E entity : rows.values()) {
            if (!entity.updatedAt().isBefore(since)) {
                result.add(entity);
            }
        }
        return result;
    }

    /** @return the entities, by id */
    public Stream<E> stream() {
        return rows.values().stream();
    }

    /** @return the entities, by id (read only) */
    @Override
    public Iterator<E> iterator() {
        return Collections.unmodifiableCollection(rows.values()).iterator();
    }

    /** @return how many entities there are */
    public int size() {
        return rows.size();
    }

    /** Forgets every entity; the next one inserted gets the first id again. */
    public void reset() {
        rows.clear();
        nextId = firstId;
    }

    @Override
    public String toString() {
        return "Table[" + name + ", " + rows.size() + " rows, next id " + nextId + "]";
    }
}
