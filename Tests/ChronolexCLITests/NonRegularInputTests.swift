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
    /// Runs the command, killed after `seconds`: its status, stdout, stderr, and whether it was killed.
    static func run(_ arguments: [String], seconds: Double = 30) throws -> (status: Int32, stdout: String, stderr: String, killed: Bool) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-cli-fifo-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try out.close()
        try err.close()
        return (process.terminationStatus, try String(contentsOf: outURL, encoding: .utf8), try String(contentsOf: errURL, encoding: .utf8), killed)
    }

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
            let run = try Self.run(command)
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
            let run = try Self.run(command)
            #expect(!run.killed, "\(command[0]) waited on the named pipe")
            #expect(run.status == 1, "\(command[0]): \(run.stderr)")
            #expect(run.stdout.isEmpty)
            #expect(run.stderr.contains("\(folder)/p.md: not a regular file (a named pipe): not read"), "\(command[0]): \(run.stderr)")
        }
    }
}
