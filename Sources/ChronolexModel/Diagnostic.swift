/// A problem found in a text, with the place it was found: the currency of every reader
/// and, later, of every amendment. Printed as `file:line: [Art. N, 2°: ]message` (errors)
/// or `file:line: warning: [Art. N: ]message` (warnings), the one convention of the tool.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Whether the problem stops the job (`error`) or only needs the jurist's attention.
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// The file the problem is in, as given on the command line.
    public var file: String
    /// Where in the file; `nil` when the problem is about the file as a whole.
    public var location: SourceLocation?
    /// The unit of the act the problem belongs to, in short address form (`Art. 8, 2°`).
    public var unit: String?
    public var message: String
    /// An error that `--keep-going` passed over: reported as a warning ("skipped: …"), and
    /// never left out, not even by `--quiet`, since the text printed lacks what it said.
    public var skipped = false

    public init(_ severity: Severity, file: String, location: SourceLocation?, unit: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.location = location
        self.unit = unit
        self.message = message
    }

    public static func error(_ message: String, file: String, line: Int?, column: Int = 1, unit: String? = nil) -> Diagnostic {
        Diagnostic(.error, file: file, location: line.map { SourceLocation(line: $0, column: column) }, unit: unit, message: message)
    }

    public static func warning(_ message: String, file: String, line: Int?, column: Int = 1, unit: String? = nil) -> Diagnostic {
        Diagnostic(.warning, file: file, location: line.map { SourceLocation(line: $0, column: column) }, unit: unit, message: message)
    }

    /// One line, in the project's convention: `file:line: [warning: ][unit: ]message`.
    public var description: String {
        var text = file
        if let location { text += ":\(location.line)" }
        text += ": "
        if severity == .warning { text += "warning: " }
        if let unit { text += "\(unit): " }
        text += message
        return text
    }
}

/// Diagnostics that stop a job, thrown by library code; the command decides the exit code.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
