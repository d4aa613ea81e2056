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

extension SideThread where Value == Void {
    /// Lets go of `value` on a thread of its own, which frees it there if nothing else
    /// holds it: the caller goes on at once. For large trees given up while other work
    /// remains: freeing the amending act of the bench's 100,000 instructions took the main
    /// thread 119 million instructions (callgrind of `edits`), before its JSON was written.
    public static func release<Held>(_ value: consuming Held) {
        let holder = Holder(value)
        Thread { holder.value = nil }.start()
    }

    private final class Holder<Held>: @unchecked Sendable {
        var value: Held?
        init(_ value: consuming Held) { self.value = value }
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
