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
        let prologue = SideThreads.prologue
        Thread { [self] in
            prologue?()
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

/// What every ``SideThread`` does first, before its work.
public enum SideThreads {
    /// Run on each side thread as it starts, before its work: set by the executable before
    /// it makes any (`chronolex` marks there the thread's heap for huge pages).
    public static var prologue: (@Sendable () -> Void)? {
        get { lock.withLock { storedPrologue } }
        set { lock.withLock { storedPrologue = newValue } }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var storedPrologue: (@Sendable () -> Void)?
}
