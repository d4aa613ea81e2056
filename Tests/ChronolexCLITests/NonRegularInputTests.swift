import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Look 26: `consolidate` of a folder holding a named pipe never returned, and a folder
/// named `x.md` inside the folder stopped it with « is a directory, not a file ». Each run
/// here is killed after 30 seconds (a failure, never a hung test), and the test never opens
/// the pipe itself.
@Suite("Named pipes and folders among the inputs of the commands")
struct NonRegularInputTests {
    /// A folder with the example base act of 2016, a named pipe `p.md` and a folder `x.md`.
    static func folder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-cli-fifo-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/x.md", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.corpus + "/2016-aires-de-jeux.md", toPath: folder + "/base.md")
        guard mkfifo(folder + "/p.md", 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return folder
    }

    @Test func aFolderWithAPipeAndASubfolderIsConsolidated() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for command in [["consolidate", folder, "--article", "1"], ["history", folder, "--article", "1"], ["explain", folder]] {
            let run = try CLI.run(command, timeout: 30)
            #expect(!run.killed, "\(command[0]) waited on the named pipe")
            #expect(run.status == 0, "\(command[0]): \(run.stderr)")
            #expect(run.stderr.contains("\(folder)/p.md: warning: not a regular file (a named pipe): skipped"), "\(command[0]): \(run.stderr)")
            #expect(!run.stderr.contains("is a directory"), "\(command[0]): \(run.stderr)")
        }
    }

    @Test func aPipeNamedOnTheCommandLineIsAnError() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for command in [["consolidate", folder + "/base.md", folder + "/p.md", "--article", "1"], ["parse", folder + "/p.md"], ["edits", folder + "/p.md"]] {
            let run = try CLI.run(command, timeout: 30)
            #expect(!run.killed, "\(command[0]) waited on the named pipe")
            #expect(run.status == 1, "\(command[0]): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("\(folder)/p.md: not a regular file (a named pipe): not read"), "\(command[0]): \(run.stderr)")
        }
    }
}
