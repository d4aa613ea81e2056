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
        let update = try db.cachedStatement(sql: "UPDATE citation SET target = ?, status = ?, candidates = ? WHERE id = ?")
        for row in try Row.fetchAll(db, sql: """
            SELECT citation.id, citation.via, citation.numac, citation.kind, citation.date, citation.title, act.numac AS own
            FROM citation JOIN act ON act.id = citation.act_id
            """) {
            let id: Int64 = row["id"]
            if let numac: String = row["numac"] {
                try update.execute(arguments: [numac, "resolved", nil, id])
                continue
            }
            let citation = ActCitation(kind: (row["kind"] as String?).flatMap(ActKind.init(rawValue:)),
                                       date: (row["date"] as String?).flatMap(LegalDate.init), title: row["title"])
            let own: String? = row["own"]
            let via: String = row["via"]
            let candidates = (citation.date.flatMap { byDate[$0.iso] } ?? [])
                .filter { candidate in
                    guard candidate.numac != own else { return false }
                    if Consolidation.matches(citation, candidate.act) { return true }
                    // A date fixed for an amending act, cited as consolidation reads a fixing
                    // (« portant modification de » for « modifiant »…), never more loosely.
                    return via == "fixing" && DateFixing.cites(citation, date: candidate.act.metadata.date, title: candidate.act.metadata.title)
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
