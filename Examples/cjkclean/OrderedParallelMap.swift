import Dispatch
import Synchronization

/// Transforms a sequence on several worker threads and hands the results over in input order.
///
/// At most `jobs` transforms run at once, and at most `window` items are between being read and
/// being handed over, so memory stays bounded however long the input and however slow one item:
/// a slow item holds back the hand-over, and with it the reading of new items, not the workers
/// already busy.
enum OrderedParallelMap {
    /// Runs the transform over every input; returns when every result has been handed over.
    /// - Parameters:
    ///   - inputs: The items, read lazily as the window allows.
    ///   - jobs: How many transforms may run at once (at least 1).
    ///   - window: How many items may be read but not yet handed over (at least `jobs`).
    ///   - transform: The work for one item; runs on a worker thread.
    ///   - consume: Receives each result, in input order, on the calling thread.
    static func run<Input: Sendable, Output: Sendable>(
        _ inputs: some Sequence<Input>, jobs: Int, window: Int,
        transform: @escaping @Sendable (Input) -> Output,
        consume: (Output) -> Void
    ) {
        let jobs = max(1, jobs)
        let window = max(jobs, window)
        let finished = FinishedResults<Output>()
        let workers = DispatchSemaphore(value: jobs)
        let queue = DispatchQueue.global()
        var submitted = 0
        var nextToConsume = 0

        func handOverReady() {
            while let ready = finished.take(nextToConsume) {
                consume(ready)
                nextToConsume += 1
            }
        }

        for input in inputs {
            while submitted - nextToConsume >= window {
                finished.waitForAny()
                handOverReady()
            }
            workers.wait()
            let index = submitted
            queue.async {
                let output = transform(input)
                workers.signal()
                finished.store(output, at: index)
            }
            submitted += 1
            handOverReady()
        }
        while nextToConsume < submitted {
            finished.waitForAny()
            handOverReady()
        }
    }
}

/// Results that workers have finished and the consumer has not yet taken, by input position.
private final class FinishedResults<Output: Sendable>: Sendable {
    private let results = Mutex<[Int: Output]>([:])
    /// Signalled once per stored result.
    private let stored = DispatchSemaphore(value: 0)

    /// Stores a finished result.
    func store(_ output: Output, at index: Int) {
        results.withLock { $0[index] = output }
        stored.signal()
    }

    /// Removes and returns the result at a position, if it is finished.
    func take(_ index: Int) -> Output? {
        results.withLock { $0.removeValue(forKey: index) }
    }

    /// Blocks until a result has been stored since the last wait.
    func waitForAny() {
        stored.wait()
    }
}
