import Foundation

/// A value handed to worker threads that only read it while they run (the journal, the
/// roster), which the compiler cannot check.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}

/// Computes items 0..<count on every core and hands the results to the calling thread in
/// order, as they come. Workers take items one at a time, so none waits idle while another
/// has a long queue, and never run more than `window` items ahead of the consumer, so
/// memory stays bounded whatever the count.
enum OrderedPipeline {
    static func run<T: Sendable>(
        count: Int, window: Int, compute: @escaping @Sendable (Int) throws -> T, consume: (Int, T) throws -> Void
    ) throws {
        let shared = Window<T>(count: count, window: window)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let position = shared.claim() {
                    do {
                        shared.store(try compute(position), at: position)
                    } catch {
                        shared.fail(error)
                    }
                }
            }
        }
        var consumeError: (any Error)?
        do {
            for position in 0..<count {
                guard let value = shared.next() else { break }
                try consume(position, value)
            }
        } catch {
            consumeError = error
        }
        shared.stop()
        group.wait()
        if let consumeError { throw consumeError }
        if let error = shared.firstError { throw error }
    }

    /// The results between the workers and the consumer, under a condition lock.
    private final class Window<Value>: @unchecked Sendable {
        private let count: Int
        private let condition = NSCondition()
        private var slots: [Value?]
        private var claimed = 0
        private var consumed = 0
        private(set) var firstError: (any Error)?
        private var stopped = false

        init(count: Int, window: Int) {
            self.count = count
            self.slots = Array(repeating: nil, count: max(1, window))
        }

        /// The next item to compute, once it is inside the window; nil when there is none
        /// left or the work was stopped.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while claimed < count, claimed >= consumed + slots.count, !stopped { condition.wait() }
            guard claimed < count, !stopped else { return nil }
            claimed += 1
            return claimed - 1
        }

        func store(_ value: Value, at position: Int) {
            condition.lock()
            slots[position % slots.count] = value
            condition.broadcast()
            condition.unlock()
        }

        func fail(_ error: any Error) {
            condition.lock()
            if firstError == nil { firstError = error }
            stopped = true
            condition.broadcast()
            condition.unlock()
        }

        /// Stops the workers (they finish the item in hand).
        func stop() {
            condition.lock()
            stopped = true
            condition.broadcast()
            condition.unlock()
        }

        /// The result of the next item in order, waiting for it; nil if the work failed.
        func next() -> Value? {
            condition.lock()
            defer { condition.unlock() }
            let slot = consumed % slots.count
            while slots[slot] == nil, firstError == nil { condition.wait() }
            guard firstError == nil, let value = slots[slot] else { return nil }
            slots[slot] = nil
            consumed += 1
            condition.broadcast()
            return value
        }
    }
}
