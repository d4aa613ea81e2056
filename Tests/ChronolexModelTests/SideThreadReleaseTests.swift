import ChronolexModel
import Foundation
import Testing

/// `SideThread.release` hands a value over to a thread of its own, which frees it there:
/// the caller, holding no other reference, goes on without freeing it.
@Suite("Values let go on a side thread")
struct SideThreadReleaseTests {
    /// Where a probe's deinit ran (a freed probe cannot be asked).
    final class Witness: @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var threads: [pthread_t] = []
        func record() {
            lock.withLock { threads.append(pthread_self()) }
            done.signal()
        }
        var seen: [pthread_t] { lock.withLock { threads } }
    }

    /// A value with words to free, that says where it is freed.
    final class Probe: @unchecked Sendable {
        let witness: Witness
        let words = (0..<1000).map { "word \($0) of a tree let go" }
        init(_ witness: Witness) { self.witness = witness }
        deinit { witness.record() }
    }

    @Test func theValueIsFreedOnAnotherThread() throws {
        let witness = Witness()
        let probe = Probe(witness)
        #expect(probe.words.count == 1000)
        SideThread.release(consume probe)
        #expect(witness.done.wait(timeout: .now() + 10) == .success)
        let seen = witness.seen
        #expect(seen.count == 1)
        #expect(seen.allSatisfy { pthread_equal($0, pthread_self()) == 0 })
    }
}
