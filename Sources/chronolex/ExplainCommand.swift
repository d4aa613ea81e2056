import ArgumentParser
import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

/// `chronolex explain FILES... [--act NUMAC] [--format text|json]`: a dry run that says,
/// for each instruction, in application order, what it was read as, which unit it
/// resolved to, and what happened.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain, instruction by instruction, what a consolidation does (exit 1 if any instruction fails)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Base acts and amending acts: files, or directories such as Corpus/.")
    var inputs: [String]

    @Option(help: "Explain for this base act only (numac); all base acts by default.")
    var act: String?

    @Option(help: "text (one line per instruction) or json.")
    var format: Format = .text

    func run() throws {
        let library = ActLibrary.load(inputs)
        Report.print(library.diagnostics.filter { $0.severity == .warning })
        var bases = library.bases
        if let act {
            switch library.base(numac: act) {
            case .success(let base): bases = [base]
            case .failure(let diagnostic):
                Report.print([diagnostic])
                throw ExitCode.failure
            }
        }
        // Each edit's outcome comes from the timeline of the act it is aimed at; the others
        // are aimed at no act of the input (or could not be read).
        var entries: [EditOutcome] = []
        for base in bases {
            entries += Consolidation.timeline(of: base, shared: library.shared, fixings: library.fixings).outcomes.filter { outcome in
                outcome.edit.targetAct.map { Consolidation.matches($0, base) } ?? false
            }
        }
        for edit in library.edits where !bases.contains(where: { base in edit.targetAct.map { Consolidation.matches($0, base) } ?? false }) {
            entries.append(EditOutcome(edit: edit, status: edit.error.map { .unreadable($0) } ?? .otherAct))
        }
        let ordered = entries.enumerated().sorted { lhs, rhs in
            let a = Consolidation.applicationKey(lhs.element.edit) + [lhs.offset]
            let b = Consolidation.applicationKey(rhs.element.edit) + [rhs.offset]
            return a.lexicographicallyPrecedes(b)
        }.map(\.element)
        switch format {
        case .text: Report.output(ordered.map { Self.line($0) }.joined(separator: "\n") + (ordered.isEmpty ? "" : "\n"))
        case .json: Report.output(JSONValue.object([("outcomes", .array(ordered.map { Self.json($0) }))]).serialized() + "\n")
        }
        if ordered.contains(where: { $0.status.isFailure }) { throw ExitCode.failure }
    }

    static func line(_ outcome: EditOutcome) -> String {
        let edit = outcome.edit
        let when = edit.effective.map { effective -> String in
            switch effective {
            case .date(let date): return date.iso + (edit.retroactive ? " (retroactive)" : "")
            case .pending: return "pending"
            }
        } ?? "no date"
        return "\(edit.source.file):\(edit.source.line.map(String.init) ?? "?"): \(edit.source.address): \(describe(edit)) [\(when)] → \(outcome.summary)"
    }

    /// The operation as read: `replace « A » by « B » in art. 9, al. 1`.
    static func describe(_ edit: Edit) -> String { EditRenderer.summary(edit) }

    static func json(_ outcome: EditOutcome) -> JSONValue {
        let edit = outcome.edit
        return .object([
            ("source", .string(edit.source.address)),
            ("file", .string(edit.source.file)),
            ("line", edit.source.line.map { .int($0) } ?? .null),
            ("operation", .optional(edit.change?.kind.rawValue)),
            ("read", .string(describe(edit))),
            ("act", .optional(edit.targetAct?.name)),
            ("target", .optional(edit.target.address)),
            ("resolved", .optional(outcome.resolved)),
            ("effective", .optional(edit.effective?.date?.iso)),
            ("retroactive", .bool(edit.retroactive)),
            ("status", .string(outcome.statusName)),
            ("outcome", .string(outcome.summary)),
        ])
    }
}
