import ArgumentParser
import ChronolexModel
import Foundation

/// Prints diagnostics the one way the tool prints them, on standard error.
enum Report {
    /// `--quiet`: warnings are not printed (errors always are, and the instructions
    /// `--keep-going` skipped).
    nonisolated(unsafe) static var quiet = false

    static func print(_ diagnostics: [Diagnostic]) {
        let diagnostics = quiet ? diagnostics.filter { $0.severity == .error || $0.skipped } : diagnostics
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints plain lines (summaries) on standard error.
    static func print(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Writes to standard output in one piece.
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Standard output through a 64 KB buffer: a renderer writes as it walks the tree, and
    /// no command holds its whole output. Called once every input is read and checked, so
    /// that an error still leaves standard output empty.
    static func stream(_ body: (OutputSink) throws -> Void) rethrows {
        let sink = OutputSink.standardOutput()
        try body(sink)
        sink.flush()
    }
}

extension Report {
    /// What a command read, kept until the process exits: the kernel takes back its pages
    /// at once, where releasing a large act's tree node by node took a tenth of the run.
    nonisolated(unsafe) private static var keptUntilExit: [Any] = []

    static func keepUntilExit(_ value: Any) { keptUntilExit.append(value) }
}

/// `--pretty`, which every command that prints JSON takes: compact JSON by default (one
/// line, for programs), indented by two spaces for people.
struct JSONOptions: ParsableArguments {
    @Flag(help: "With --format json: indent the JSON for people (compact by default).")
    var pretty = false
}

/// `--quiet`, which every command that reads acts takes.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print errors only (and what --keep-going skipped), not warnings.")
    var quiet = false

    /// Applies the options (call first in `run()`).
    func apply() { Report.quiet = quiet }
}
