import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

/// What `explain` says: every instruction's outcome, and the errors that come from several
/// acts together (an amending act amended, a date fixed twice…), which no single outcome
/// shows but which make `consolidate` refuse (look 26: `explain` said « applied », exit 0).
public struct Explanation: Sendable {
    public var outcomes: [EditOutcome]
    public var problems: [Diagnostic]

    /// True when an instruction failed or the acts together raise an error.
    public var failed: Bool {
        outcomes.contains { $0.status.isFailure } || problems.contains { $0.severity == .error }
    }
}

extension Workspace {
    /// What became of every instruction read, in the order the law applies them: each
    /// edit's outcome from the timeline of the act it is aimed at (the base with `numac`,
    /// or every base act); the others are aimed at no act given, or could not be read.
    /// With the errors that come from several acts together (``Explanation/problems``).
    public func explanation(act numac: String? = nil, knownOn: LegalDate? = nil) -> Result<Explanation, Diagnostic> {
        var bases = self.bases
        if let numac {
            switch base(numac: numac) {
            case .success(let base): bases = [base]
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        var entries: [EditOutcome] = []
        var problems: [Diagnostic] = []
        for base in bases {
            // As known on a day before the base was published (look 20: `consolidate` said so,
            // `explain` listed its edits as not yet published, the base's own date unsaid).
            if let knownOn, let published = base.metadata.publication, knownOn < published {
                return .failure(.error("the act was published on \(published.iso): as known on \(knownOn.iso), it was not known yet", file: base.file ?? "input", line: nil))
            }
            // A Justel state after that day was not known either (look 30), as `consolidate` says.
            if let diagnostic = Self.stateNotKnown(base, on: knownOn) { return .failure(diagnostic) }
            entries += Consolidation.timeline(of: base, shared: edits(for: base), knownOn: knownOn, fixings: fixings, aim: { aim(of: $0, at: base) }).outcomes.filter { outcome in
                outcome.edit.targetAct != nil && aim(of: outcome.edit, at: base) != .otherAct
            }
            let others = edits(for: base).map(\.edit).filter { edit in edit.targetAct != nil && aim(of: edit, at: base) == .otherAct }
            problems += crossActProblems(of: base, others: others, knownOn: knownOn).map(\.diagnostic)
        }
        for edit in edits where !bases.contains(where: { base in edit.targetAct != nil && aim(of: edit, at: base) != .otherAct }) {
            entries.append(EditOutcome(edit: edit, status: edit.error.map { .unreadable($0) } ?? .otherAct))
        }
        let keys = Consolidation.applicationKeys(entries.map(\.edit))
        let ordered = entries.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { entries[$0] }
        return .success(Explanation(outcomes: ordered, problems: problems))
    }
}

/// The lines `explain` prints: one per instruction, what it was read as, its date, and
/// its outcome; or the same as JSON.
public enum ExplanationRenderer {
    public static func line(_ outcome: EditOutcome) -> String {
        let edit = outcome.edit
        let when = edit.effective.map { effective -> String in
            switch effective {
            case .date(let date): return date.iso + (edit.retroactive ? " (retroactive)" : "")
            case .pending: return "pending"
            }
        }.map { when in
            // The act that fixed a pending change's date (look 30: unsaid, the « retroactive »
            // unexplained — the change is retroactive against that act's publication).
            HistoryRenderer.dateFixedBy(edit).map { when + ", " + $0 } ?? when
        } ?? "no date"
        return "\(edit.source.file):\(edit.source.line.map(String.init) ?? "?"): \(edit.source.address): \(EditRenderer.summary(edit)) [\(when)] → \(outcome.summary)"
    }

    public static func text(_ outcomes: [EditOutcome]) -> String {
        outcomes.map(line).joined(separator: "\n") + (outcomes.isEmpty ? "" : "\n")
    }

    public static func json(_ outcomes: [EditOutcome], pretty: Bool = true) -> String {
        JSONValue.object([("schema", .string("chronolex.explain/1")), ("outcomes", .array(outcomes.map(value)))]).serialized(pretty: pretty) + "\n"
    }

    public static func value(_ outcome: EditOutcome) -> JSONValue {
        let edit = outcome.edit
        return .object([
            ("source", .string(edit.source.address)),
            ("file", .string(edit.source.file)),
            ("line", edit.source.line.map { .int($0) } ?? .null),
            ("operation", .optional(edit.change?.kind.rawValue)),
            ("read", .string(EditRenderer.summary(edit))),
            ("act", .optional(edit.targetAct?.name)),
            ("target", .optional(edit.target.address)),
            ("resolved", .optional(outcome.resolved)),
            ("effective", .optional(edit.effective?.date?.iso)),
            ("retroactive", .bool(edit.retroactive)),
        ] + (HistoryRenderer.dateFixedBy(edit).map { [("datedBy", JSONValue.string($0))] } ?? []) + [
            ("status", .string(outcome.statusName)),
            ("outcome", .string(outcome.summary)),
        ])
    }
}
