/**
 * The Harvest simulator: a real HTTP server on 127.0.0.1 that speaks the Harvest classic (v1) API
 * — HTTP Basic and token authentication, roles (a denial is a 404), the throttle, the account
 * calls and the Time Tracking API — in XML and JSON, from an in-memory account ({@link
 * io.harvest4j.tests.simulator.Seed}) on an advanceable clock ({@link
 * io.harvest4j.tests.simulator.SimulatorClock}).
 *
 * <ul>
 *   <li>{@link io.harvest4j.tests.simulator.HarvestSimulator}: build, start, inspect
 *       ({@code takeRequest()}), inject faults ({@code enqueue(CannedResponse)}), reset;</li>
 *   <li>{@link io.harvest4j.tests.simulator.HarvestSimulatorExtension}: the same as a JUnit 5
 *       extension, fresh state before each test;</li>
 *   <li>{@link io.harvest4j.tests.simulator.SimulatorState}: prepare the account and read any of its
 *       resources as snapshots, {@code state.find(Resource.DAY_ENTRIES, id)};</li>
 *   <li>{@link io.harvest4j.tests.simulator.SimulatorMain}: standalone, {@code java -jar}
 *       ({@code --seed demo|empty}, {@code --verbose}).</li>
 * </ul>
 *
 * <p>It never uses the client's code: XML is written and read with StAX (no DTD, no external
 * entity), JSON with JSON-P.
 */
package io.harvest4j.tests.simulator;
