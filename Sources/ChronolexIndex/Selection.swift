import ChronolexModel

/// The files that consolidate one act of the corpus: its text, and the acts the amendment
/// graph shows amending it — for a Justel consolidation, only those published after its
/// state, which Justel has not caught up with.
public struct CorpusSelection: Sendable {
    /// The act's text chosen (the latest Justel state when there are several), and the others.
    public var base: IndexedAct
    public var otherTexts: [IndexedAct]
    /// The amending acts to apply, in order of publication.
    public var amending: [Amendment]
    /// Amending acts published on or before the Justel state: already in its text.
    public var alreadyInText: [Amendment]
    /// Second files of an amending act already taken (the same numac): not applied twice.
    public var duplicates: [Amendment]
    /// Citations in the corpus that could be this act but match others too.
    public var ambiguous: [UnresolvedCitation]

    /// The files to give the workspace.
    public var paths: [String] { [base.path] + amending.map(\.act.path) }

    /// What was used, in words, one line each (for the command's report).
    public var summary: [String] {
        var lines: [String] = []
        let name = base.numac ?? base.path
        if let state = base.justelState {
            lines.append("\(name): Justel's state of \(state.iso) (\(base.path))" + (amending.isEmpty ? ", no act published since amends it" : ", plus \(amending.count) act(s) published since:"))
        } else {
            lines.append("\(name): \(base.path), with \(amending.count) amending act(s)" + (amending.isEmpty ? "" : ":"))
        }
        for amendment in amending {
            lines.append("  \(amendment.act.numac ?? "?") of \(amendment.act.date?.iso ?? "?"), published \(amendment.act.publication?.iso ?? "?") (\(amendment.act.path))")
        }
        if !alreadyInText.isEmpty {
            lines.append("  \(alreadyInText.count) amending act(s) published by \(base.justelState?.iso ?? "") are in Justel's text already: not applied again")
        }
        for duplicate in duplicates {
            lines.append("  \(duplicate.act.numac ?? "?") also in \(duplicate.act.path): the same act, applied once")
        }
        if !otherTexts.isEmpty {
            lines.append("  other texts of this act in the corpus, not used: " + otherTexts.map(\.path).joined(separator: ", "))
        }
        for citation in ambiguous {
            lines.append("  ambiguous citation in \(citation.path): « \(citation.description) » could be \(citation.candidates.joined(separator: " or ")): not applied")
        }
        return lines
    }
}

extension CorpusIndex {
    /// What consolidates the act with this numac: its text and the acts that amend it.
    public func selection(numac: String) throws -> CorpusSelection {
        let all = try acts(numac: numac)
        let texts = all.filter { !$0.amending || $0.justelState != nil }
        guard let base = texts.first ?? all.first else {
            throw IndexError("no act with numac \(numac) in the index \(path)")
        }
        var amending: [Amendment] = []
        var already: [Amendment] = []
        var seen = Set<String>()
        var duplicates: [Amendment] = []
        for amendment in try amendingActs(of: numac) {
            // One act in two files (two folders hold a copy): applied once, the first file's.
            if let own = amendment.act.numac, !seen.insert(own).inserted {
                duplicates.append(amendment)
                continue
            }
            if let state = base.justelState, let published = amendment.act.publication ?? amendment.act.date, published <= state {
                already.append(amendment)
            } else {
                amending.append(amendment)
            }
        }
        let ambiguous = try unresolvedCitations().filter { $0.status == "ambiguous" && $0.candidates.contains(numac) }
        return CorpusSelection(base: base, otherTexts: Array(texts.dropFirst()), amending: amending, alreadyInText: already, duplicates: duplicates,
                               ambiguous: ambiguous)
    }
}
