/// Transforms a sequence on several workers and hands the results over in input order.
///
/// At most `jobs` transforms run at once, and at most `window` items are between being read and
/// being handed over, so memory stays bounded however long the input and however slow one item:
/// a slow item holds back the hand-over, and with it the reading of new items, not the workers
/// already busy.
enum OrderedParallelMap {
    /// Runs the transform over every input.
    /// - Parameters:
    ///   - inputs: The items, read lazily as the window allows.
    ///   - jobs: How many transforms may run at once (at least 1).
    ///   - window: How many items may be read but not yet handed over (at least `jobs`).
    ///   - transform: The work for one item; runs on any thread.
    ///   - consume: Receives each result, in input order, on the calling task.
    static func run<Input: Sendable, Output: Sendable>(
        _ inputs: some Sequence<Input>, jobs: Int, window: Int,
        transform: @escaping @Sendable (Input) -> Output,
        consume: (Output) -> Void
    ) async {
        let jobs = max(1, jobs)
        let window = max(jobs, window)
        await withTaskGroup(of: (Int, Output).self) { group in
            var pending: [Int: Output] = [:]
            var nextToConsume = 0
            var submitted = 0
            var running = 0

            func accept(_ finished: (Int, Output)) {
                running -= 1
                pending[finished.0] = finished.1
                while let ready = pending.removeValue(forKey: nextToConsume) {
                    consume(ready)
                    nextToConsume += 1
                }
            }

            for input in inputs {
                while running >= jobs || submitted - nextToConsume >= window {
                    guard let finished = await group.next() else { break }
                    accept(finished)
                }
                let index = submitted
                group.addTask { (index, transform(input)) }
                submitted += 1
                running += 1
            }
            while let finished = await group.next() {
                accept(finished)
            }
        }
    }
}
