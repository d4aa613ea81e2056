import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline
import GRDB

/// Ties every citation of an amending act to the numac of an act of the corpus: the numac
/// it gives (`modifies:`, or a title whose acts and numacs pair up), else the one act of
/// the corpus with the same date, a compatible kind and the title cited (as a consolidation
/// matches a citation with its base act). Several such acts make the citation ambiguous,
/// none leaves it unresolved: both are kept and listed, never guessed. An act that fixes the
/// date of another's pending articles (`fixing`) is tied the same way to the act it dates.
enum Resolution {
    static func resolveAll(_ db: Database) throws {
        // The acts of the corpus by date, as consolidation matches them.
        var byDate: [String: [(numac: String, act: Act)]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT numac, kind, date, title FROM act WHERE numac IS NOT NULL AND date IS NOT NULL") {
            var metadata = ActMetadata()
            metadata.numac = row["numac"]
            metadata.kind = (row["kind"] as String?).flatMap(ActKind.init(rawValue:))
            metadata.date = (row["date"] as String?).flatMap(LegalDate.init)
            metadata.title = row["title"]
            byDate[row["date"], default: []].append((row["numac"], Act(metadata: metadata)))
        }
        // The numacs each act's front matter lists (`modifies:`): of two acts a citation may
        // name, the one listed (look 33), as a consolidation chooses.
        var modifies: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT act_id, numac FROM citation WHERE via = 'modifies' AND numac IS NOT NULL") {
            modifies[row["act_id"], default: []].append(row["numac"])
        }
        let update = try db.cachedStatement(sql: "UPDATE citation SET target = ?, status = ?, candidates = ? WHERE id = ?")
        for row in try Row.fetchAll(db, sql: """
            SELECT citation.id, citation.act_id, citation.via, citation.numac, citation.kind, citation.date, citation.title, act.numac AS own
            FROM citation JOIN act ON act.id = citation.act_id
            """) {
            let id: Int64 = row["id"]
            let citation = ActCitation(kind: (row["kind"] as String?).flatMap(ActKind.init(rawValue:)),
                                       date: (row["date"] as String?).flatMap(LegalDate.init), title: row["title"])
            let own: String? = row["own"]
            let via: String = row["via"]
            if let numac: String = row["numac"] {
                // `modifies:` ties the citation to this numac while its date, kind and whole title
                // are another act's of the corpus: which is amended is not certain (look 33), as
                // a consolidation of either says once both are given.
                let named = (citation.date.flatMap { byDate[$0.iso] } ?? []).filter { $0.numac != own }
                let cites = { (act: Act) in Consolidation.matches(citation, act) && Consolidation.titleFit(citation, act) == .whole }
                if via != "modifies", !named.contains(where: { $0.numac == numac && cites($0.act) }),
                   let other = named.first(where: { $0.numac != numac && cites($0.act) }) {
                    try update.execute(arguments: [nil, "ambiguous", [numac, other.numac].sorted().joined(separator: ","), id])
                } else {
                    try update.execute(arguments: [numac, "resolved", nil, id])
                }
                continue
            }
            let sameDay = (citation.date.flatMap { byDate[$0.iso] } ?? []).filter { $0.numac != own }
            let candidates: [(numac: String, act: Act)]
            if via == "fixing" {
                // A date fixed for an amending act, cited as consolidation reads a fixing
                // (« portant modification de » for « modifiant »…), never more loosely.
                candidates = sameDay.filter { candidate in
                    Consolidation.matches(citation, candidate.act) || DateFixing.cites(citation, date: candidate.act.metadata.date, title: candidate.act.metadata.title)
                }
            } else {
                // The acts it names as a consolidation tells them apart: of two acts of one day
                // whose titles begin alike, the one whose whole title is cited (look 33).
                candidates = Consolidation.named(by: citation, among: sameDay.map(\.act), modifies: modifies[row["act_id"]] ?? []).map { sameDay[$0] }
            }
            let numacs = Array(Set(candidates.map(\.numac))).sorted()
            switch numacs.count {
            case 1: try update.execute(arguments: [numacs[0], "resolved", nil, id])
            case 0: try update.execute(arguments: [nil, "unresolved", nil, id])
            default: try update.execute(arguments: [nil, "ambiguous", numacs.joined(separator: ","), id])
            }
        }
    }
}
