/**
 * The simulator's insides, not exported: the account's state, the throttle, the wire writer and
 * readers, and the endpoints of the simulated service.
 */
package io.harvest4j.tests.simulator.internal;
