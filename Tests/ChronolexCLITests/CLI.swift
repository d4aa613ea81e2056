import Foundation
import Testing

/// Runs the `chronolex` executable built beside the tests, as a jurist's shell would.
struct CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
        /// The command was still running after the time it was given, and was killed.
        var killed = false
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus").path
    static let seed = root.deletingLastPathComponent().appendingPathComponent("shared/seeds/004_550d512cf40defbd.txt").path
    static var sharedIsPresent: Bool { FileManager.default.fileExists(atPath: seed) }

    /// The executable: next to the test bundle in the build folder.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("chronolex")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/chronolex")
    }()

    static var corpusActs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus)) ?? [])
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { corpus + "/" + $0 }
    }

    /// Runs the command; stdout and stderr go to files, so that no pipe can fill up. With a
    /// `timeout` (seconds), a command still running then is killed (``Run/killed``): a test
    /// of input that could hang fails instead of hanging the run.
    static func run(_ arguments: [String], timeout: Double? = nil) throws -> Run {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-cli-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let outURL = directory.appendingPathComponent("stdout")
        let errURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardOutput = out
        process.standardError = err
        try process.run()
        var killed = false
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning, Date() < deadline { usleep(20_000) }
            killed = process.isRunning
            if killed { kill(process.processIdentifier, SIGKILL) }
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let outData = try Data(contentsOf: outURL)
        let errData = try Data(contentsOf: errURL)
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData, killed: killed)
    }

    /// Writes `content` to a new temporary file and returns its path.
    static func temporaryFile(_ name: String, _ content: [UInt8]) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-cli-tests-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(content).write(to: url)
        return url.path
    }
}
