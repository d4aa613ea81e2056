import Foundation
import Testing

/// Look 30 through the command line: a Justel state as known before its date (finding 1),
/// the state an index consolidation starts from on a date (finding 6, on the real triples),
/// and a search on a date that printed an article whose consolidation failed (finding 4).
@Suite("Look 30: corpus front ends")
struct Look30CorpusCommandTests {
    /// A Justel state « mise à jour au 01-06-2017 » whose art. 2 holds the words of an act of 2016.
    static let state = """
        ---
        title-fr: "Arrêté royal relatif aux essais (NOTE : Consultation des versions antérieures à partir du 15-03-2010 et mise à jour au 01-06-2017)"
        date: 2010-03-01
        number: 2010000001
        publication: 2010-03-15
        starts: 2010-04-01
        ---

        **Article 1er.** Le présent arrêté règle les essais.

        **Art. 2.** Le délai est de [1 vingt]1 jours.

        `(1)<AR 2016-04-01/01, art. 1, 002; En vigueur : 01-06-2016>`

        """

    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-look30-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder.path
    }

    @Test func aJustelStateAloneAsKnownBeforeItsDateIsRefused() throws {
        let folder = try Self.folder(["v2.md": Self.state])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/v2.md"
        let single = try CLI.run(["consolidate", file, "--at", "2017-07-01", "--as-known-on", "2016-01-01", "--article", "2"])
        #expect(single.status == 1)
        #expect(single.stdout.isEmpty)
        #expect(single.stderr.contains("\(file): Justel's state of 2017-06-01 was not known on 2016-01-01"), "\(single.stderr)")
        // The same through an index.
        let db = try CorpusCommandTests.index([folder])
        let found = try CLI.run(["consolidate", "--corpus", db, "--act", "2010000001", "--at", "2017-07-01", "--as-known-on", "2016-01-01", "--article", "2"])
        #expect(found.status == 1)
        #expect(found.stdout.isEmpty)
        #expect(found.stderr.contains("Justel's state of 2017-06-01 was not known on 2016-01-01"), "\(found.stderr)")
        // On its date, its text.
        let known = try CLI.run(["consolidate", file, "--at", "2017-07-01", "--as-known-on", "2017-06-01", "--article", "2"])
        #expect(known.stdout == "Art. 2. Le délai est de vingt jours.\n", "\(known.stderr)")
    }

    @Test func aSearchOnADateSaysWhatIsNotCertain() throws {
        let base = """
            ---
            title-fr: "Arrêté royal relatif aux essais"
            date: 2010-03-01
            number: 2010000001
            publication: 2010-03-15
            starts: 2010-04-01
            ---

            **Article 1er.** Le présent arrêté règle les essais.

            **Art. 2.** Le délai est de trente jours. Le ministre peut prolonger le délai.

            """
        let amending = """
            ---
            title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
            date: 2016-04-01
            number: 2016000122
            publication: 2016-05-01
            modifies: 2010000001
            ---

            **Article 1er.** Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux essais, le mot " délai " est remplacé par le mot " terme ".

            **Art. 2.** Le présent arrêté entre en vigueur le 1er juin 2016.

            """
        let folder = try Self.folder(["base.md": base, "m.md": amending])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try CorpusCommandTests.index([folder])
        let run = try CLI.run(["search", "--corpus", db, "délai prolonger", "--at", "2016-07-01"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("2010000001 art. 2"))
        #expect(run.stdout.contains("    not certain on 2016-07-01: \(folder)/m.md:"), "\(run.stdout)")
        #expect(run.stderr.contains("warning: 2010000001: its text on 2016-07-01 is not certain"), "\(run.stderr)")
    }

    /// The real triple of 2009202639: its text of 2009 (indexed beside Justel's state of 2024)
    /// is the text on 2022-01-01, as in the folder (it was « absent des textes donnés »).
    @Test(.enabled(if: CLI.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func theEarlierStateOfARealTriple() throws {
        let set = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/corpus/triples-2024/cnt-langues-ar-2009").path
        let db = try CorpusCommandTests.index([set])
        let named = try CLI.run(["consolidate", set, "--act", "2009202639", "--at", "2022-01-01", "--keep-going", "--quiet"])
        let found = try CLI.run(["consolidate", "--corpus", db, "--act", "2009202639", "--at", "2022-01-01", "--keep-going", "--quiet"])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(!found.stdout.contains("absent des textes donnés"))
        #expect(found.stdout == named.stdout)
    }
}
