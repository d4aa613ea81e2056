import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

/// A base act's timeline built from a workspace, and every problem met on the way: the
/// answer every question about that act starts from.
public struct Consolidated: Sendable {
    public var base: Act
    public var timeline: Timeline
    /// Reading problems, then the edits that could not be applied (each once: an edit read
    /// with an error is reported by the reader), in the project's convention.
    public var diagnostics: [Diagnostic]
    /// Edits aimed at other acts than this one: read, not applied.
    public var otherActEdits: [Edit]

    /// True when something could not be read or applied: the consolidation is unreliable.
    public var failed: Bool { diagnostics.contains { $0.severity == .error } }

    /// The diagnostics to report: with `keepGoing`, each error becomes a warning saying what
    /// was skipped, and the rest goes on.
    public func report(keepGoing: Bool) -> [Diagnostic] {
        guard keepGoing, failed else { return diagnostics }
        return diagnostics.map { diagnostic in
            guard diagnostic.severity == .error else { return diagnostic }
            var skipped = diagnostic
            skipped.message = "skipped: " + diagnostic.message
            skipped.severity = .warning
            return skipped
        }
    }

    /// One line saying how many edits were aimed at other acts (`nil` when none were).
    public var otherActsSummary: String? {
        guard !otherActEdits.isEmpty else { return nil }
        let acts = Set(otherActEdits.compactMap { $0.targetAct?.name })
        return "\(otherActEdits.count) edit(s) aimed at \(acts.count) other act(s), not at \(base.metadata.numac ?? base.file ?? "this act"): ignored here (see 'chronolex edits')"
    }

    /// The version of an article in force on `date`, or the error that says it is not there.
    public func article(_ number: String, at date: LegalDate) -> Result<ArticleVersion, Diagnostic> {
        let key = ArticleNumber.normalized(number)
        guard let version = timeline.article(number, at: date) else {
            let file = base.file ?? "input"
            if let why = timeline.pendingArticles[key], timeline.histories[key]?.versions.first.map({ $0.validFrom > date }) ?? true {
                return .failure(.error("art. \(key) is not in force on \(date.iso): the act dates it « \(why) »", file: file, line: nil))
            }
            if let first = timeline.histories[key]?.versions.first, first.validFrom > date {
                return .failure(.error("art. \(key) is not in force on \(date.iso): it is from \(first.validFrom.iso)", file: file, line: nil))
            }
            return .failure(.error("art. \(key) does not exist on \(date.iso)", file: file, line: nil))
        }
        return .success(version)
    }

    /// The history of one article, or the error that says it never existed.
    public func history(of number: String) -> Result<ArticleHistory, Diagnostic> {
        guard let history = timeline.histories[ArticleNumber.normalized(number)] else {
            return .failure(.error("art. \(ArticleNumber.normalized(number)) never existed in this act", file: base.file ?? "input", line: nil))
        }
        return .success(history)
    }
}

extension Workspace {
    /// The timeline of the base act with this numac (or the only one), as known on
    /// `knownOn` when given. The failure carries every diagnostic to report.
    public func consolidated(act numac: String?, knownOn: LegalDate? = nil) -> Result<Consolidated, ConsolidationFailure> {
        let base: Act
        switch self.base(numac: numac) {
        case .success(let act): base = act
        case .failure(let diagnostic): return .failure(ConsolidationFailure(diagnostics: diagnostics + [diagnostic]))
        }
        let timeline = Consolidation.timeline(of: base, shared: edits(for: base), knownOn: knownOn, fixings: fixings)
        // Edits that were read with an error are reported by the reader already.
        let applying = timeline.outcomes.filter { if case .unreadable = $0.status { return false } else { return true } }.compactMap(\.diagnostic)
        let others = edits(for: base).map(\.edit).filter { edit in
            guard let citation = edit.targetAct else { return false }
            return !Consolidation.matches(citation, base)
        }
        return .success(Consolidated(base: base, timeline: timeline, diagnostics: diagnostics(for: base) + timeline.entryIntoForceDiagnostics + applying,
                                     otherActEdits: others))
    }
}

/// Why no timeline could be built: the diagnostics to report.
public struct ConsolidationFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
}
