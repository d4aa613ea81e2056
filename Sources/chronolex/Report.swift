import ChronolexModel
import Foundation

/// Prints diagnostics the one way the tool prints them, on standard error.
enum Report {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Prints plain lines (summaries) on standard error.
    static func print(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    /// Writes to standard output in one piece (the output is complete or absent).
    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
