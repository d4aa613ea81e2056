import ChronolexModel
import ChronolexWorkspace
import Foundation
import GRDB

/// The files that consolidate one act of the corpus: its text, and the acts the amendment
/// graph shows amending it (with the acts that fix the dates of their pending articles) — for a Justel consolidation, only those published after its
/// state, which Justel has not caught up with.
public struct CorpusSelection: Sendable {
    /// The act's text chosen, and the others. On a date (as known on a day), the latest
    /// Justel state of that date or before; else the act as published; else the earliest
    /// state known that day (the fewest texts missing). Without a date, the latest state.
    /// As the folder starts from its earliest text, a text known only later is never taken
    /// for an earlier day (look 30: the latest state was taken whatever the date asked).
    public var base: IndexedAct
    public var otherTexts: [IndexedAct]
    /// The later Justel states given with the base, which the consolidation is compared with
    /// on their dates (checkpoints, as in a folder).
    public var laterStates: [IndexedAct] = []
    /// Other texts « as published » that differ from the base: given too, so that the
    /// workspace refuses them as it refuses them in a folder (look 30: one was taken without
    /// a word).
    public var conflicting: [IndexedAct] = []
    /// Files that hold the very bytes of the base (a copy in another folder): one text.
    public var copies: [IndexedAct] = []
    /// The amending acts to apply, in order of publication.
    public var amending: [Amendment]
    /// Amending acts published on or before the Justel state: already in its text.
    public var alreadyInText: [Amendment]
    /// Second files of an amending act already taken (the same numac): not applied twice.
    public var duplicates: [Amendment]
    /// Citations in the corpus that could be this act but match others too.
    public var ambiguous: [UnresolvedCitation]
    /// The acts that hold those citations, and a text of each other act they may name: given
    /// to the workspace, which says in the consolidation that which act is amended is not
    /// certain, as a folder holding them says (look 33: the index printed the text, exit 0).
    public var uncertain: [IndexedAct] = []

    /// The files to give the workspace.
    public var paths: [String] {
        let given = [base.path] + conflicting.map(\.path) + laterStates.map(\.path) + amending.map(\.act.path)
        return given + uncertain.map(\.path).filter { !given.contains($0) }
    }

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
                            : amendment.via.contains("amends-amending") ? ": amends an amending act"
                            : amendment.via == ["unsaid"] ? ": amends it without saying so (no `modifies:`, no « modifiant » in its title): not applied" : ""))
        }
        if !alreadyInText.isEmpty {
            lines.append("  \(alreadyInText.count) amending act(s) published by \(base.justelState?.iso ?? "") are in Justel's text already: not applied again")
        }
        for duplicate in duplicates {
            lines.append("  \(duplicate.act.numac ?? "?") also in \(duplicate.act.path): the same act, applied once")
        }
        for state in laterStates {
            lines.append("  Justel's state of \(state.justelState?.iso ?? "?") (\(state.path)): compared with the consolidation on its date")
        }
        for copy in copies {
            lines.append("  \(copy.path): the same text as \(base.path), read once")
        }
        if !conflicting.isEmpty {
            lines.append("  other texts of this act as published, which differ: " + conflicting.map(\.path).joined(separator: ", "))
        }
        if !otherTexts.isEmpty {
            lines.append("  other texts of this act in the corpus, not used: " + otherTexts.map(\.path).joined(separator: ", "))
        }
        for citation in ambiguous {
            lines.append("  ambiguous citation in \(citation.path): « \(citation.description) » could be \(citation.candidates.joined(separator: " or ")): given with those acts, not applied")
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

    /// What consolidates the act with this numac: its text and the acts that amend it — on
    /// `date` (the earliest date asked for, if any), as known on `knownOn`.
    public func selection(numac: String, at date: LegalDate? = nil, knownOn: LegalDate? = nil) throws -> CorpusSelection {
        let all = try acts(numac: numac)
        let direct = try amendingActs(of: numac)
        // Its texts, as a folder counts them: the acts that amend nothing, Justel's states, and,
        // when others amend it, its texts that amend others too (an act as published with
        // `modifies:`; look 30: 2009202639 of 2009 was left out, the state of 2024 taken alone).
        let texts = all.filter { !$0.amending || $0.justelState != nil || !direct.isEmpty }
        guard !all.isEmpty else {
            throw IndexError("no act with numac \(numac) in the index \(path)")
        }
        let states = texts.filter { $0.justelState != nil }   // latest first
        var published: [IndexedAct] = []                       // as published, one per text
        var copies: [IndexedAct] = []
        for text in texts where text.justelState == nil {
            if try published.contains(where: { try sameBytes($0, text) }) { copies.append(text) } else { published.append(text) }
        }
        let base: IndexedAct
        if let limit = [date, knownOn].compactMap({ $0 }).min() {
            let known = states.filter { state in knownOn.map { state.justelState! <= $0 } ?? true }
            // The latest state of that day or before; else the act as published; else the
            // earliest state known (the day asked is before it: the fewest texts missing); else
            // the earliest state, which the workspace refuses as not known yet.
            base = states.first { $0.justelState! <= limit } ?? published.first ?? known.last ?? states.last ?? all[0]
        } else {
            base = states.first ?? published.first ?? all[0]
        }
        let laterStates: [IndexedAct] = Array((base.justelState == nil ? states : states.filter { $0.justelState! > base.justelState! }).reversed())
        let conflicting = base.justelState == nil && published.first?.path == base.path ? Array(published.dropFirst()) : []
        let given = Set([base.path] + laterStates.map(\.path) + conflicting.map(\.path) + copies.map(\.path))
        let otherTexts = texts.filter { !given.contains($0.path) }
        var amending: [Amendment] = []
        var already: [Amendment] = []
        var seen = Set<String>()
        var duplicates: [Amendment] = []
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
        var selection = CorpusSelection(base: base, otherTexts: otherTexts, laterStates: laterStates, conflicting: conflicting, copies: copies,
                                        amending: amending, alreadyInText: already, duplicates: duplicates, ambiguous: ambiguous)
        selection.uncertain = try uncertainActs(ambiguous.filter { $0.candidates.contains(numac) }, besides: numac)
        return selection
    }

    /// The acts that cite this act ambiguously (each once), and a text of each other act
    /// they may name (its act as published, else its earliest Justel state): with them, the
    /// workspace tells which act is amended, or says it is not certain (look 33).
    func uncertainActs(_ citations: [UnresolvedCitation], besides numac: String) throws -> [IndexedAct] {
        var acts: [IndexedAct] = []
        var paths = Set<String>()
        for citation in citations {
            let citing = try database.read { db in
                try IndexedAct.fetchAll(db, sql: "SELECT act.*, file.path FROM act JOIN file ON file.id = act.file_id WHERE file.path = ?", arguments: [citation.path])
            }
            var named: [IndexedAct] = []
            for other in citation.candidates where other != numac {
                if let text = try self.acts(numac: other).last { named.append(text) }
            }
            for act in citing + named where paths.insert(act.path).inserted { acts.append(act) }
        }
        return acts
    }

    /// True when the two acts' files hold the same bytes (the index's hash and size first).
    func sameBytes(_ a: IndexedAct, _ b: IndexedAct) throws -> Bool {
        let rows = try database.read { db in
            try Row.fetchAll(db, sql: "SELECT path, size, hash FROM file WHERE path IN (?, ?)", arguments: [a.path, b.path])
        }
        guard rows.count == 2, rows[0]["size"] as Int == rows[1]["size"] as Int, rows[0]["hash"] as String == rows[1]["hash"] as String else { return false }
        // The hash tells a changed file; equal bytes are compared, never assumed.
        guard let x = FileManager.default.contents(atPath: a.path), let y = FileManager.default.contents(atPath: b.path) else { return false }
        return x == y
    }
}
