import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing

/// The examples of the documentation, run as a reader would run them: every ```console
/// block of `README.md` and `docs/*.md`.
///
/// In a block, a line `$ chronolex …` is a command, run by `/bin/sh` with the built
/// `chronolex` first on the `PATH` (so quotes, `>` and `|` mean what they mean in a shell);
/// the lines under it, up to the next `$ `, are lines its output must show, in that order
/// on stdout, or anywhere on stderr. `…` stands for what is left out: a line `…` is no
/// line, and words around a `…` must stand in one line in that order. Whitespace runs
/// count as one space. The command must exit 0, unless it is followed by `$ echo $?` and
/// the status it shows.
///
/// Each page runs in a scratch copy of the clone (its entries linked, `Corpus/` copied,
/// `../shared` linked beside it when present), one command after the other, so that a page
/// can build an index and then search it, and nothing is written into the clone. Commands
/// that name `../shared/` run only when that folder is there (CI has it, a newcomer's
/// clone does not). `chronolex serve` is started on a free port (in place of 8080), asked
/// for its home page, then stopped.
@Suite("Examples of the documentation")
struct DocumentationTests {
    /// One `$ chronolex …` line of a page, with what it must print and its exit status.
    struct Example: Sendable {
        var line: Int
        var command: String
        var expected: [String] = []
        var status: Int32 = 0
        var needsShared: Bool { command.contains("../shared/") }
        var isServe: Bool { command.hasPrefix("chronolex serve") }
    }

    static let shared = CLI.root.deletingLastPathComponent().appendingPathComponent("shared")
    static var sharedIsPresent: Bool { FileManager.default.fileExists(atPath: shared.path) }

    /// README.md and every page of docs/, by their paths from the root of the clone.
    static var pages: [String] {
        let docs = ((try? FileManager.default.contentsOfDirectory(atPath: CLI.root.appendingPathComponent("docs").path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
        return ["README.md"] + docs
    }

    /// The `$ chronolex` lines of a page's ```console blocks.
    static func examples(in text: String) throws -> [Example] {
        var examples: [Example] = []
        var inConsole = false
        var awaitingStatus = false
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
            if line.hasPrefix("```") {
                inConsole = !inConsole && line.trimmingCharacters(in: .whitespaces) == "```console"
                awaitingStatus = false
                continue
            }
            guard inConsole else { continue }
            if line.hasPrefix("$ ") {
                let command = String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
                awaitingStatus = false
                if command == "echo $?" {
                    guard !examples.isEmpty else { throw Failure("line \(index + 1): 'echo $?' with no command before it") }
                    awaitingStatus = true
                } else if command.hasPrefix("chronolex ") {
                    examples.append(Example(line: index + 1, command: command))
                } else {
                    throw Failure("line \(index + 1): a console block holds only '$ chronolex …' and '$ echo $?' lines, not '\(command)'")
                }
            } else if awaitingStatus {
                guard let status = Int32(line.trimmingCharacters(in: .whitespaces)) else {
                    throw Failure("line \(index + 1): 'echo $?' must be followed by a number")
                }
                examples[examples.count - 1].status = status
                awaitingStatus = false
            } else if !examples.isEmpty {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty && trimmed != "…" { examples[examples.count - 1].expected.append(line) }
            }
        }
        return examples
    }

    struct Failure: Error, CustomStringConvertible { var description: String; init(_ d: String) { description = d } }

    // MARK: The tests

    @Test("Every example of the page that runs on a fresh clone", arguments: pages)
    func examples(page: String) throws {
        try run(page: page, shared: false)
    }

    @Test("Every example of the page that reads ../shared", .enabled(if: sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"),
          arguments: pages)
    func sharedExamples(page: String) throws {
        try run(page: page, shared: true)
    }

    @Test("The pages hold examples, and every command has one in docs/commands.md")
    func coverage() throws {
        let all = try Self.pages.flatMap { try Self.examples(in: String(contentsOf: CLI.root.appendingPathComponent($0), encoding: .utf8)) }
        #expect(all.count >= 20)
        let commands = try Self.examples(in: String(contentsOf: CLI.root.appendingPathComponent("docs/commands.md"), encoding: .utf8))
        for name in Self.commands {
            #expect(commands.contains { $0.command.hasPrefix("chronolex \(name) ") }, "docs/commands.md shows no example of 'chronolex \(name)'")
        }
        let readme = try Self.examples(in: String(contentsOf: CLI.root.appendingPathComponent("README.md"), encoding: .utf8))
        #expect(!readme.contains { $0.needsShared }, "the README's tour must run on a fresh clone")
    }

    @Test("How a console block is read")
    func extraction() throws {
        let text = """
        ```sh
        $ chronolex parse ignored.md
        ```
        ```console
        $ chronolex parse A.md
        art. 1\tLe…
        …
        $ chronolex check X --against Y
        check: …
        $ echo $?
        1
        ```
        """
        let examples = try Self.examples(in: text)
        #expect(examples.map(\.command) == ["chronolex parse A.md", "chronolex check X --against Y"])
        #expect(examples.map(\.expected) == [["art. 1\tLe…"], ["check: …"]])
        #expect(examples.map(\.status) == [0, 1])
        #expect(Self.matches("art. 1\tLe…", "art. 1   Le présent arrêté"))
        #expect(!Self.matches("art. 2 … arrêté", "art. 1 Le présent arrêté"))
        #expect(throws: Failure.self) { try Self.examples(in: "```console\n$ rm -rf x\n```") }
    }

    static let commands = ["parse", "edits", "consolidate", "history", "explain", "diff", "check", "index", "acts", "search", "serve"]

    /// `chronolex help NAME` shows examples and what the command prints; each example is a
    /// command line that runs (exit 0, or 1 for a documented outcome such as a divergence),
    /// in order, in a scratch clone (so an example may use the index an earlier one built).
    @Test("Every command's help shows examples that run", arguments: commands)
    func helpExamples(command: String) throws {
        let help = try CLI.run(["help", command])
        #expect(help.status == 0)
        let lines = help.stdout.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "Examples:" }) else {
            Issue.record("chronolex help \(command) shows no 'Examples:'\n\(help.stdout)")
            return
        }
        let examples = lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #expect((2...4).contains(examples.count), "chronolex help \(command): \(examples.count) examples")
        #expect(examples.allSatisfy { $0.hasPrefix("chronolex ") }, "an example wrapped? keep each within 78 characters: \(examples)")
        #expect(examples.contains { $0.hasPrefix("chronolex \(command) ") })
        #expect(lines[(start + 1)...].contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("Prints ") },
                "chronolex help \(command) does not say what it prints")
        let scratch = try Self.scratchClone()
        defer { try? FileManager.default.removeItem(at: scratch.deletingLastPathComponent()) }
        for line in examples where !line.contains("../shared/") || Self.sharedIsPresent {
            let example = Example(line: 0, command: line)
            if example.isServe {
                try serve(example, in: scratch, place: "chronolex help \(command): \(line)")
                continue
            }
            let (status, _, stderr) = try Self.shell(line, in: scratch)
            #expect(status == 0 || status == 1, "chronolex help \(command): \(line)\nexit \(status)\n\(stderr.prefix(2000))")
        }
    }

    // MARK: Running a page

    func run(page: String, shared: Bool) throws {
        let text = try String(contentsOf: CLI.root.appendingPathComponent(page), encoding: .utf8)
        let examples = try Self.examples(in: text)
        guard examples.contains(where: { $0.needsShared == shared }) else { return }
        let scratch = try Self.scratchClone()
        defer { try? FileManager.default.removeItem(at: scratch.deletingLastPathComponent()) }
        // In page order: a later command may read what an earlier one wrote.
        for example in examples where !example.needsShared || shared {
            let place = "\(page):\(example.line): \(example.command)"
            if example.isServe {
                try serve(example, in: scratch, place: place)
                continue
            }
            let (status, stdout, stderr) = try Self.shell(example.command, in: scratch)
            #expect(status == example.status, "\(place)\nexit \(status), expected \(example.status)\n\(stderr.prefix(2000))")
            for missing in Self.missing(example.expected, stdout: stdout, stderr: stderr) {
                Issue.record("\(place)\nnot in the output: \(missing)\nstdout:\n\(stdout.prefix(2000))\nstderr:\n\(stderr.prefix(2000))")
            }
        }
    }

    /// The expected lines not found: in order on stdout, or anywhere on stderr.
    static func missing(_ expected: [String], stdout: String, stderr: String) -> [String] {
        let out = stdout.components(separatedBy: "\n")
        let err = stderr.components(separatedBy: "\n")
        var cursor = 0
        var missing: [String] = []
        for line in expected {
            if let found = out[cursor...].firstIndex(where: { matches(line, $0) }) {
                cursor = found + 1
            } else if !err.contains(where: { matches(line, $0) }) {
                missing.append(line)
            }
        }
        return missing
    }

    /// Whether an output line shows a documented line: its parts between `…`, in order.
    static func matches(_ documented: String, _ actual: String) -> Bool {
        let actual = collapsed(actual)
        var rest = actual[...]
        for part in documented.components(separatedBy: "…") {
            let part = collapsed(part).trimmingCharacters(in: .whitespaces)
            if part.isEmpty { continue }
            guard let range = rest.range(of: part) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// A scratch directory that looks like the clone: `Corpus/` copied (an index reads real
    /// folders), the other entries linked, `../shared` linked beside it when present.
    static func scratchClone() throws -> URL {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("chronolex-docs-\(UUID().uuidString)")
        let clone = base.appendingPathComponent("clone")
        try fm.createDirectory(at: clone, withIntermediateDirectories: true)
        for entry in try fm.contentsOfDirectory(atPath: CLI.root.path) where ![".build", ".git", ".swiftpm"].contains(entry) && !entry.hasPrefix(".build") {
            let source = CLI.root.appendingPathComponent(entry)
            let target = clone.appendingPathComponent(entry)
            if entry == "Corpus" { try fm.copyItem(at: source, to: target) } else { try fm.createSymbolicLink(at: target, withDestinationURL: source) }
        }
        if sharedIsPresent { try fm.createSymbolicLink(at: base.appendingPathComponent("shared"), withDestinationURL: shared) }
        return clone
    }

    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = CLI.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return environment
    }

    /// Runs one command line through /bin/sh; stdout and stderr go to files.
    static func shell(_ command: String, in directory: URL, timeout: TimeInterval = 300) throws -> (Int32, String, String) {
        let output = directory.deletingLastPathComponent().appendingPathComponent("output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: output) }
        let outURL = output.appendingPathComponent("stdout"), errURL = output.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardOutput = out
        process.standardError = err
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            done.wait()
            try? out.close(); try? err.close()
            throw Failure("\(command): still running after \(Int(timeout)) s")
        }
        try out.close(); try err.close()
        return (process.terminationStatus,
                String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// `chronolex serve …`: started on a free port, its documented lines awaited (the port
    /// written in the page, or 8080, is the free one), its home page fetched, then stopped.
    func serve(_ example: Example, in directory: URL, place: String) throws {
        let port = try Self.freePort()
        var command = example.command.replacingOccurrences(of: #"--port[ =][0-9]+"#, with: "", options: .regularExpression)
        command += " --port \(port)"
        let expected = example.expected.map {
            $0.replacingOccurrences(of: #"127\.0\.0\.1:[0-9]+"#, with: "127.0.0.1:\(port)", options: .regularExpression)
        }
        let log = directory.deletingLastPathComponent().appendingPathComponent("serve-\(port).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "exec " + command]
        process.currentDirectoryURL = directory
        process.environment = Self.environment
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        defer {
            if process.isRunning { process.interrupt() }
            process.waitUntilExit()
            try? handle.close()
        }
        var status: Int? = nil
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && process.isRunning {
            status = Self.httpStatus("http://127.0.0.1:\(port)/")
            if status != nil { break }
            Thread.sleep(forTimeInterval: 0.25)
        }
        let printed = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(status == 200, "\(place)\nthe reading room did not answer on port \(port)\n\(printed.prefix(2000))")
        for missing in Self.missing(expected, stdout: "", stderr: printed) {
            Issue.record("\(place)\nnot in the output: \(missing)\n\(printed.prefix(2000))")
        }
    }

    static func httpStatus(_ address: String) -> Int? {
        let done = DispatchSemaphore(value: 0)
        let result = Box()
        var request = URLRequest(url: URL(string: address)!)
        request.timeoutInterval = 5
        URLSession.shared.dataTask(with: request) { _, response, _ in
            result.status = (response as? HTTPURLResponse)?.statusCode
            done.signal()
        }.resume()
        done.wait()
        return result.status
    }

    final class Box: @unchecked Sendable { var status: Int? }

    /// A port nobody listens on: one the system hands out, released at once.
    static func freePort() throws -> Int {
        #if os(Linux)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw Failure("no socket") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        guard bound else { throw Failure("no free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
