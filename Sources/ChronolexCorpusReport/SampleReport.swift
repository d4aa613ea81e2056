import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexWorkspace
import Foundation

/// One row of the hand count of a real amending act (`Tests/Data/amending-sample-instructions.tsv`):
/// a leaf instruction, or an article that is not one (an entry-into-force clause, the
/// execution clause, a provision of the act itself).
public struct CountedRow: Sendable {
    public enum Kind: String, Sendable { case instruction, provision, entryIntoForce = "entry-into-force", execution }
    public var numac: String
    /// As counted: `art. 8, 2°, c)`, `art. 4, al. 2`, `art. 2, 2°, tiret 1`.
    public var source: String
    public var kind: Kind
    public var operation: String
    public var target: String
    public var note: String

    /// The rows of the hand count, from its TSV text (a header line, then one row per line).
    public static func parse(_ tsv: String) -> [CountedRow] {
        tsv.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 6, let kind = Kind(rawValue: fields[2]) else { return nil }
            return CountedRow(numac: fields[0], source: fields[1], kind: kind, operation: fields[3], target: fields[4], note: fields[5])
        }
    }

    /// The source as the instruction reader names it: the article and its points (an
    /// instruction in the article's second alinéa, or in its § 2, is the article's,
    /// `art. 4`; instructions of one article are told apart by their lines).
    public var readerSource: String {
        source.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.hasPrefix("al. ") && !$0.hasPrefix("§ ") }.joined(separator: ", ")
    }

    /// The article of the amending act.
    public var article: String { String(source.split(separator: ",").first ?? "").replacingOccurrences(of: "art. ", with: "") }
}

/// How much of one real amending act Chronolex reads: its instructions read without error
/// over those counted by hand, and the clauses that are not instructions but were reported
/// as errors.
public struct SampleResult: Sendable {
    public var numac: String
    public var instructions = 0
    public var read = 0
    /// Instructions not read, each with the error that says why.
    public var unread: [(source: String, why: String)] = []
    /// Errors on articles that are not instructions (they must be none).
    public var falseErrors: [String] = []
    /// The act could not be read at all.
    public var failure: String?

    public init(file: String, rows: [CountedRow]) {
        numac = rows.first?.numac ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        let reading = InstructionsRead(paths: [file])
        if reading.unreadableFile {
            failure = reading.diagnostics.first(where: { $0.severity == .error })?.description ?? "cannot be read"
        }
        // By source, each line that gave edits: read when none of its edits has an error.
        var lines: [String: [Int: Bool]] = [:]
        var why: [String: String] = [:]
        for edit in reading.edits {
            let source = edit.source.address
            let line = edit.source.line ?? 0
            lines[source, default: [:]][line] = (lines[source]?[line] ?? true) && edit.error == nil
            if let error = edit.error, why[source] == nil { why[source] = error }
        }
        var expected: [String: Int] = [:]
        for row in rows where row.kind == .instruction { expected[row.readerSource, default: 0] += 1 }
        for (source, count) in expected.sorted(by: { $0.key < $1.key }) {
            instructions += count
            let ok = min(count, lines[source]?.values.filter { $0 }.count ?? 0)
            read += ok
            if ok < count {
                unread.append((source, why[source] ?? (lines[source] == nil ? "no edit read from it" : "\(ok) of \(count) read")))
            }
        }
        let clauses = Set(rows.filter { $0.kind != .instruction }.map { "Art. " + $0.article })
        for diagnostic in reading.diagnostics where diagnostic.severity == .error {
            guard let unit = diagnostic.unit else { continue }
            let article = String(unit.split(separator: ",").first ?? "")
            if clauses.contains(article) { falseErrors.append(diagnostic.description) }
        }
    }
}
