import Foundation

/// Work done on a thread of its own while the caller goes on with other work, then waited
/// for: reading the second version of a diff, building its tree, half of its word diffs.
/// A thread, not a pool's: waiting for it cannot starve the pool that may be running the
/// caller.
public final class SideThread<Value>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a new thread.
    public init(_ work: @escaping @Sendable () -> Value) {
        Thread { [self] in
            value = work()
            done.signal()
        }.start()
    }

    /// The work's result, once it is done (waits for it; call once).
    public func wait() -> Value {
        done.wait()
        return value!
    }
}
