package io.elsim.bench;

/**
 * The reference loop plus elsim's statistics ({@link MeasuredLine}) on the reference's primitive
 * heap: the ceiling of docs/performance.md. Same random numbers and the same decisions as the
 * reference, so its completions equal the reference's exactly.
 */
final class MeasuredReferenceLoop extends MeasuredLine {
    private final PrimitiveHeap heap;

    MeasuredReferenceLoop(int stations, double horizon) {
        super(stations, horizon);
        heap = new PrimitiveHeap(stations + 1);
    }

    @Override public long run(double horizon) {
        begin();
        while (!heap.isEmpty() && heap.peekTime() <= horizon) {
            now = heap.peekTime();
            finish(heap.pop());
        }
        end(horizon);
        return completions();
    }

    @Override void schedule(int s, double delay) {
        heap.push(now + delay, s);
    }
}
