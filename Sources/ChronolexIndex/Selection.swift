import ChronolexModel
import ChronolexWorkspace
import GRDB

/// The files that consolidate one act of the corpus: its text, and the acts the amendment
/// graph shows amending it (with the acts that fix the dates of their pending articles) — for a Justel consolidation, only those published after its
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
            lines.append("  \(amendment.act.numac ?? "?") of \(amendment.act.date?.iso ?? "?"), published \(amendment.act.publication?.iso ?? "?") (\(amendment.act.path))"
                         + (amendment.via == ["fixing"] ? ": fixes the date of pending articles"
                            : amendment.via.contains("amends-amending") ? ": amends an amending act" : ""))
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
    /// The acts that cite the acts with these numacs (the base's amending acts): those that
    /// fix the date of their pending articles (`via` `fixing`), and those that amend them
    /// (`via` `amends-amending`: look 26, such an act was left out of a consolidation from the
    /// index, and the change it amended applied as first published, without a word; the
    /// workspace reports it as an error, as for a folder).
    func actsCitingAmendingActs(_ numacs: [String]) throws -> [Amendment] {
        guard !numacs.isEmpty else { return [] }
        return try database.read { db in
            try Amendment.fetchAll(db, sql: """
                SELECT act.*, file.path, 0 AS edits,
                       GROUP_CONCAT(DISTINCT CASE citation.via WHEN 'fixing' THEN 'fixing' ELSE 'amends-amending' END) AS via
                FROM citation JOIN act ON act.id = citation.act_id JOIN file ON file.id = act.file_id
                WHERE citation.target IN (\(numacs.map { _ in "?" }.joined(separator: ", ")))
                GROUP BY act.id
                ORDER BY COALESCE(act.publication, act.date), act.date, file.path
                """, arguments: StatementArguments(numacs))
        }
    }

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
        let direct = try amendingActs(of: numac)
        // The acts that fix the dates of the amending acts' pending articles (« L'article 2
        // de l'arrêté royal du 10 janvier 2015 modifiant … entre en vigueur le … »): they
        // cite the amending act, rarely the base; without them those articles stay pending.
        let directPaths = Set(direct.map(\.act.path))
        let fixing = try actsCitingAmendingActs(direct.compactMap(\.act.numac)).filter { !directPaths.contains($0.act.path) && $0.act.numac != numac }
        let ordered = (direct + fixing).enumerated().sorted { lhs, rhs in
            let l = lhs.element.act, r = rhs.element.act
            let lk = [(l.publication ?? l.date)?.ordinal ?? Int.max, l.date?.ordinal ?? Int.max], rk = [(r.publication ?? r.date)?.ordinal ?? Int.max, r.date?.ordinal ?? Int.max]
            return lk != rk ? lk.lexicographicallyPrecedes(rk) : lhs.offset < rhs.offset
        }.map(\.element)
        for amendment in ordered {
            // One act in two files (two folders hold a copy): applied once, the first file's.
            // Two acts of other dates or publications that share a numac (a slip in a front
            // matter) are two acts (look 24: the second was dropped as « the same act »).
            // A copy of either is a copy of that one (look 25): one act is its numac, date
            // and publication.
            if let own = amendment.act.numac,
               !seen.insert(Workspace.identity(numac: own, date: amendment.act.date, publication: amendment.act.publication)).inserted {
                duplicates.append(amendment)
                continue
            }
            if let state = base.justelState, let published = amendment.act.publication ?? amendment.act.date, published <= state {
                already.append(amendment)
            } else {
                amending.append(amendment)
            }
        }
        let concerned = Set([numac] + direct.compactMap(\.act.numac))
        let ambiguous = try unresolvedCitations().filter { $0.status == "ambiguous" && $0.candidates.contains(where: concerned.contains) }
        return CorpusSelection(base: base, otherTexts: Array(texts.dropFirst()), amending: amending, alreadyInText: already, duplicates: duplicates,
                               ambiguous: ambiguous)
    }
}
