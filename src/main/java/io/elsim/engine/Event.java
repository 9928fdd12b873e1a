package io.elsim.engine;

/**
 * Something that happens at a point of simulated time. Events are long-lived objects that
 * their owner reschedules again and again (a server's completion, a failure clock), so the
 * inner loop allocates nothing.
 */
public abstract class Event {
    double time;
    /** Slot in its calendar's tables, given when first scheduled. */
    int id = -1;
    /** Sequence and id of its live calendar entry (see {@link EventCalendar}). */
    long key;
    boolean scheduled;

    /** Called by the calendar when simulated time reaches {@link #time()}. */
    protected abstract void fire();

    public final double time() { return time; }

    public final boolean isScheduled() { return scheduled; }

    /**
     * Who scheduled this event, in words ("station 'paint' server 1: cycle timer"), for the
     * runaway-model guard. Only called when a run is stopped, never on the hot path.
     */
    public String owner() {
        return "an event of " + getClass().getName();
    }
}
