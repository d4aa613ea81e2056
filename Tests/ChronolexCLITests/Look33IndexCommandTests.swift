import Foundation
import Testing

/// Look 33 through the command line: an act « portant diverses dispositions » (no
/// `modifies:`, no « modifiant ») that abrogates the base was left out of the index: `acts
/// --amending` listed nothing and `consolidate --corpus` printed the act, exit 0 (p40).
@Suite("Look 33: an act that amends without saying so, from an index")
struct Look33IndexCommandTests {
    @Test func listedAndRefusedAsInAFolder() throws {
        let base = """
            ---
            title-fr: "Arrêté royal relatif aux jardins partagés"
            date: 2010-03-01
            number: 2010009001
            publication: 2010-03-15
            starts: 2010-04-01
            ---

            **Article 1er.** La subvention s'élève à cent euros par membre.
            """
        let unsaid = """
            ---
            title-fr: "Arrêté royal portant diverses dispositions en matière d'agriculture"
            date: 2014-02-01
            number: 2014009001
            publication: 2014-02-10
            ---

            **Article 1er.** L'arrêté royal du 1er mars 2010 relatif aux jardins partagés est abrogé.

            **Art. 2.** Le présent arrêté entre en vigueur le 1er mars 2014.
            """
        let folder = try Look30CorpusCommandTests.folder(["base.md": base, "r.md": unsaid])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try CorpusCommandTests.index([folder])
        let listed = try CLI.run(["acts", "--corpus", db, "--amending", "2010009001"])
        #expect(listed.stdout.contains("r.md  [unsaid: no `modifies:`, no « modifiant » in its title, not applied, 1 edit(s)]"), "\(listed.stdout)")
        let found = try CLI.run(["consolidate", "--corpus", db, "--act", "2010009001", "--at", "2014-03-01", "--article", "1"])
        let named = try CLI.run(["consolidate", folder, "--act", "2010009001", "--at", "2014-03-01", "--article", "1"])
        #expect(found.status == 1 && named.status == 1)
        #expect(found.stdout.isEmpty)
        #expect(found.stderr.contains("r.md:8: Art. 1: this act amends 2010009001 (its art. 1) but does not say so"), "\(found.stderr)")
        #expect(named.stderr.contains("r.md:8: Art. 1: this act amends 2010009001 (its art. 1) but does not say so"), "\(named.stderr)")
    }
}
