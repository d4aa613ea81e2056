import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline

/// The acts that the instructions of a folder cite, each citation held once with the files
/// that cite it: what tells, for every act of the folder, whether another act amends it
/// (``Workspace/bases``, the base act chosen when `--act` is not given).
///
/// Asked of each act of a folder of 2,000 amending acts, the question was a walk over all
/// 20,000 instructions each time (`consolidate` of the folder without `--act`: 12 s, half in
/// that walk). Here each distinct citation is compared once per act, and only the citations
/// that ``Consolidation/matches(_:_:)`` could accept: those of the act's numac, of its
/// date, and those without a date (a code named by its title).
struct CitedActs: Sendable {
    /// A citation and the files whose instructions make it: the first, and whether another
    /// one does too (enough to tell whether a file other than a given one cites it).
    private struct Entry: Sendable {
        var citation: ActCitation
        var firstFile: String
        var citedByAnotherFile = false
    }

    private var entries: [Entry] = []
    private var entryOfCitation: [ActCitation: Int] = [:]
    private var byNumac: [String: [Int]] = [:]
    private var byDate: [LegalDate: [Int]] = [:]
    private var undated: [Int] = []

    /// Notes that an instruction of `file` cites `citation`.
    mutating func add(_ citation: ActCitation, file: String) {
        if let known = entryOfCitation[citation] {
            if entries[known].firstFile != file { entries[known].citedByAnotherFile = true }
            return
        }
        let index = entries.count
        entries.append(Entry(citation: citation, firstFile: file))
        entryOfCitation[citation] = index
        if let numac = citation.numac { byNumac[numac, default: []].append(index) }
        if let date = citation.date { byDate[date, default: []].append(index) } else { undated.append(index) }
    }

    /// True when an instruction of a file other than `file` cites `act`.
    func citeFromAnotherFile(_ act: Act, file: String) -> Bool {
        func cites(_ candidates: [Int]?) -> Bool {
            candidates?.contains { index in
                let entry = entries[index]
                return (entry.citedByAnotherFile || entry.firstFile != file) && Consolidation.matches(entry.citation, act)
            } ?? false
        }
        // `matches` accepts a citation of the act's numac; else of its date; else, without a
        // date, a code by its title. No other citation can name it.
        return cites(act.metadata.numac.flatMap { byNumac[$0] })
            || cites(act.metadata.date.flatMap { byDate[$0] })
            || cites(undated)
    }
}
