@testable import ChronolexIndex
import ChronolexModel
import ChronolexWorkspace
import Foundation
import Testing

/// Look 23: the acts that fix the dates of an amending act's pending articles, gathered
/// by the index for the act it amends though they name it nowhere.
@Suite("The index: acts that fix dates")
struct DateFixingIndexTests {
    static let base = """
        ---
        title-fr: "Arrêté royal relatif aux essais"
        date: 2010-03-01
        source: SERVICE PUBLIC FEDERAL INTERIEUR
        number: 2010000001
        publication: 2010-03-15
        modifies:
        ---

        **Article 1er.** Le présent arrêté règle les essais.

        **Art. 2.** Le délai est de trente jours.

        **Art. 5.** La redevance est de cent euros.

        Elle est payée avant l'examen.

        **Art. 6.** Le présent arrêté entre en vigueur le 1er avril 2010.
        """

    /// An act amending the base whose article 2 waits for a date « fixée par le Roi ».
    static let pending = """
        ---
        title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
        date: 2015-01-10
        source: SERVICE PUBLIC FEDERAL INTERIEUR
        number: 2015000091
        publication: 2015-01-25
        modifies: 2010000001
        ---

        **Article 1er.** Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux essais, le mot " trente " est remplacé par le mot " quarante ".

        **Art. 2.** Dans l'article 5, alinéa 1er, du même arrêté, le mot " cent " est remplacé par le mot " deux cents ".

        **Art. 3.** Le présent arrêté entre en vigueur le dixième jour qui suit sa publication au Moniteur belge, à l'exception de l'article 2, qui entre en vigueur à une date fixée par le Roi.
        """

    /// The act fixing that date: it cites the amending act by its date and title, and names
    /// no act in `modifies:`.
    static func fixing(citedDay: String, numac: String) -> String {
        """
        ---
        title-fr: "Arrêté royal fixant la date d'entrée en vigueur de l'article 2 de l'arrêté royal du \(citedDay) janvier 2015 modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
        date: 2016-02-10
        source: SERVICE PUBLIC FEDERAL INTERIEUR
        number: \(numac)
        publication: 2016-03-01
        modifies:
        ---

        **Article 1er.** L'article 2 de l'arrêté royal du \(citedDay) janvier 2015 modifiant l'arrêté royal du 1er mars 2010 relatif aux essais entre en vigueur le 1er juillet 2016.

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
        """
    }

    static func corpus(_ files: [String: String]) throws -> (folder: URL, index: CorpusIndex) {
        let folder = try Paths.temporaryFolder()
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let index = try CorpusIndex(path: folder.appendingPathComponent("index.sqlite").path)
        let run = try index.update(folders: [folder.path])
        #expect(run.unreadable.isEmpty)
        return (folder, index)
    }

    static func article(_ number: String, of numac: String, at date: String, in index: CorpusIndex) throws -> String? {
        let selection = try index.selection(numac: numac)
        guard case .success(let consolidated) = Workspace(paths: selection.paths).consolidated(act: numac),
              case .success(let version) = consolidated.article(number, at: LegalDate(date)!) else { return nil }
        return TextRenderer.render(version.article)
    }

    @Test func anActFixingTheDateOfAnAmendingActIsTaken() throws {
        let (_, index) = try Self.corpus(["base.md": Self.base, "e1.md": Self.pending, "fix.md": Self.fixing(citedDay: "10", numac: "2016000092")])
        let selection = try index.selection(numac: "2010000001")
        #expect(selection.amending.compactMap(\.act.numac) == ["2015000091", "2016000092"])
        #expect(selection.summary.contains { $0.contains("2016000092") && $0.contains("fixes the date") })
        #expect(try Self.article("5", of: "2010000001", at: "2016-08-01", in: index)?.contains("deux cents euros") == true)
        #expect(try Self.article("5", of: "2010000001", at: "2016-06-01", in: index)?.contains("de cent euros") == true)
    }

    @Test func anActFixingTheDateOfNoActOfTheCorpusIsNotTaken() throws {
        // « du 11 janvier 2015 »: no amending act of that day; never guessed.
        let (_, index) = try Self.corpus(["base.md": Self.base, "e1.md": Self.pending, "fix.md": Self.fixing(citedDay: "11", numac: "2016000093")])
        #expect(try index.selection(numac: "2010000001").amending.compactMap(\.act.numac) == ["2015000091"])
        #expect(try index.unresolvedCitations().contains { $0.amendingNumac == "2016000093" && $0.status == "unresolved" })
        #expect(try Self.article("5", of: "2010000001", at: "2016-08-01", in: index)?.contains("de cent euros") == true)
    }

    @Test func anIndexBuiltBeforeTheFixingsIsRefusedUntilReadAgain() throws {
        let (folder, index) = try Self.corpus(["base.md": Self.base, "e1.md": Self.pending, "fix.md": Self.fixing(citedDay: "10", numac: "2016000092")])
        // As an index of schema v1 stands once migrated to v2.
        try index.database.write { db in try db.execute(sql: "UPDATE file SET status = 'stale', size = -1, hash = ''") }
        #expect(throws: IndexError.self) { try CorpusIndex.existing(path: index.path) }
        let run = try index.update(folders: [folder.path])
        #expect(run.read == 3)
        #expect(try CorpusIndex.existing(path: index.path).selection(numac: "2010000001").amending.count == 2)
    }
}
