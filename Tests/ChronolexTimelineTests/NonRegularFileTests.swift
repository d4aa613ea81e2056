import ChronolexModel
import ChronolexReaders
import ChronolexWorkspace
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Look 26: a named pipe beside an act made `consolidate` wait for ever (the pipe opened for
/// reading, no writer), and a folder named `x.md` beside an act stopped it (« is a
/// directory, not a file »). A pipe found in a folder is skipped with a warning; a pipe named
/// itself is an error; a folder inside a folder is not read.
///
/// The tests never open the pipe. Should the code under test open it and wait, the watchdog
/// opens it for writing after a while (which releases a reader waiting in `open`) and closes
/// it, so that the test fails instead of hanging.
/// What a watched piece of work gave, and when it finished.
final class WatchdogBox<T>: @unchecked Sendable {
    var value: T?
    let done = DispatchSemaphore(value: 0)
}

@Suite("Non-regular files in the inputs: skipped or an error, never a wait")
struct NonRegularFileTests {
    /// A folder with a base act, a named pipe `p.md` and a folder `x.md`.
    static func folder() throws -> (folder: String, pipe: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-fifo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try OperationTests.base.write(toFile: folder + "/base.md", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: folder + "/x.md", withIntermediateDirectories: true)
        let pipe = folder + "/p.md"
        guard mkfifo(pipe, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return (folder, pipe)
    }

    /// Runs `work` on another thread; if it has not returned after `seconds`, releases a
    /// reader of `pipe` blocked in `open` or `read` (a writer opens it and closes it) and
    /// says so.
    static func withWatchdog<T: Sendable>(pipe: String, seconds: Double = 10, _ work: @escaping @Sendable () -> T) -> (value: T, timedOut: Bool) {
        let box = WatchdogBox<T>()
        Thread { box.value = work(); box.done.signal() }.start()
        if box.done.wait(timeout: .now() + seconds) == .success { return (box.value!, false) }
        // A reader waits: a writer that opens and closes releases it (end of file).
        let writer = open(pipe, O_WRONLY | O_NONBLOCK)
        if writer >= 0 { close(writer) }
        box.done.wait()
        return (box.value!, true)
    }

    @Test func aPipeInAFolderIsSkippedWithAWarningAndAFolderIsNotRead() throws {
        let (folder, pipe) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (workspace, timedOut) = Self.withWatchdog(pipe: pipe) { Workspace(paths: [folder]) }
        #expect(!timedOut, "the named pipe was opened and waited on")
        let messages = workspace.diagnostics.map(\.description)
        // The folder named like an act is said (look 28: an act in it was left out unsaid).
        #expect(messages == ["\(folder)/p.md: warning: not a regular file (a named pipe): skipped",
                             "\(folder)/x.md: warning: a folder named like an act: not read (the folders inside a folder are not walked; name it on the command line)"])
        #expect(workspace.bases.count == 1)
        guard case .success(let consolidated) = workspace.consolidated(act: nil) else {
            Issue.record("the act beside the pipe was not consolidated")
            return
        }
        #expect(!consolidated.failed)
    }

    @Test func aPipeNamedItselfIsAnErrorNotAWait() throws {
        let (folder, pipe) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (read, timedOut) = Self.withWatchdog(pipe: pipe) { ActReader.read(path: pipe) }
        #expect(!timedOut, "the named pipe was opened and waited on")
        #expect(read.act == nil)
        #expect(read.diagnostics.map(\.description) == ["\(pipe): not a regular file (a named pipe): not read"])
        let (workspace, waited) = Self.withWatchdog(pipe: pipe) { Workspace(paths: [folder + "/base.md", pipe]) }
        #expect(!waited, "the named pipe was opened and waited on")
        #expect(workspace.diagnostics.map(\.description) == ["\(pipe): not a regular file (a named pipe): not read"])
    }

    @Test func aFolderNamedItselfIsStillAnErrorForAReaderOfFiles() throws {
        let (folder, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(ActReader.read(path: folder + "/x.md").diagnostics.map(\.description) == ["\(folder)/x.md: is a directory, not a file"])
    }
}
