import ChronolexModel
import Foundation
import Testing

/// Issue 14: `chronolex` marks each side thread's heap for huge pages in a prologue that
/// runs on the thread itself, before its work.
///
/// Serialized: both tests set the one process-wide prologue, and run side by side they
/// raced (session 41's CI: the first test's side thread started while the second had set
/// the prologue to `nil`, and saw none).
@Suite("The prologue of side threads", .serialized)
struct SideThreadPrologueTests {
    @Test func thePrologueRunsOnTheSideThreadBeforeItsWork() {
        let key = "chronolex.test.prologue"
        let before = SideThreads.prologue
        SideThreads.prologue = { Thread.current.threadDictionary[key] = true }
        defer { SideThreads.prologue = before }
        let side = SideThread { () -> (ranBefore: Bool, main: Bool) in
            (Thread.current.threadDictionary[key] as? Bool == true, Thread.isMainThread)
        }
        let seen = side.wait()
        #expect(seen.ranBefore)
        #expect(!seen.main)
        // Not on the thread that made the side thread.
        #expect(Thread.current.threadDictionary[key] == nil)
    }

    @Test func withoutAPrologueTheWorkRunsAlone() {
        let before = SideThreads.prologue
        SideThreads.prologue = nil
        defer { SideThreads.prologue = before }
        #expect(SideThread { 6 * 7 }.wait() == 42)
    }
}
