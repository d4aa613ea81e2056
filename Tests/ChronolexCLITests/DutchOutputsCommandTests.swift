import Foundation
import Testing

/// Branch dutch34: a Dutch act's `diff` text, `history` and `consolidate --format justel`
/// spoke French (dates, names of acts, Justel's abbreviations and « En vigueur : »). The
/// acts are the invented royal decrees of `Tests/Data/dutch`; the French ones are the
/// golden files' (`GoldenTests`), unchanged.
@Suite("A Dutch act's outputs in Dutch")
struct DutchOutputsCommandTests {
    static let folder = CLI.root.appendingPathComponent("Tests/Data/dutch").path

    @Test func diffText() throws {
        let run = try CLI.run(["diff", Self.folder, "--act", "2010200001", "--from", "2020-01-01", "--to", "2023-01-01", "--format", "text"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("--- 1 januari 2020\n+++ 1 januari 2023\n"), "\(run.stdout)")
        #expect(run.stdout.contains("  <- KB 2022-12-22/31, art. 1; effective 2023-01-01"), "\(run.stdout)")
    }

    @Test func history() throws {
        let run = try CLI.run(["history", Self.folder, "--act", "2010200001", "--article", "3"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("2023-01-01 – …  koninklijk besluit van 22 december 2022 (2022-12-22/31), art. 2, published 2022-12-29\n"), "\(run.stdout)")
        #expect(!run.stdout.contains(" du "), "\(run.stdout)")
    }

    /// Look 33: a repealed article of a Dutch act was « (Opgeheven) » in `consolidate` but
    /// « (Abrogé) » in `diff` and `history`, whose first article was « Article 1. ».
    @Test func aRepealedArticleInDiffAndHistory() throws {
        let base = try CLI.temporaryFile("nl-base.md", Array(String(contentsOfFile: Self.folder + "/2010-proefwerkplaatsen.md", encoding: .utf8).utf8))
        let repeal = try CLI.temporaryFile("nl-repeal.md", Array("""
            ---
            title-nl: "Koninklijk besluit tot wijziging van het koninklijk besluit van 1 maart 2010 betreffende de erkenning van de proefwerkplaatsen"
            date: 2022-12-22
            number: 2022031999
            publication: 2022-12-29
            modifies: 2010200001
            ---

            **Artikel 1.** Artikel 2 van het koninklijk besluit van 1 maart 2010 betreffende de erkenning van de proefwerkplaatsen wordt opgeheven.

            **Art. 2.** Dit besluit treedt in werking op 1 januari 2023.

            """.utf8))
        let diff = try CLI.run(["diff", base, repeal, "--from", "2020-01-01", "--to", "2023-01-01"])
        #expect(diff.stdout.contains("{+(Opgeheven)+}") && !diff.stdout.contains("Abrogé"), "\(diff.stdout)")
        let history = try CLI.run(["history", base, repeal, "--article", "2"])
        #expect(history.stdout.contains("\nArt. 2. (Opgeheven)\n") && !history.stdout.contains("Abrogé"), "\(history.stdout)")
        let first = try CLI.run(["history", base, repeal, "--article", "1"])
        #expect(first.stdout.contains("\nArtikel 1. "), "\(first.stdout)")
    }

    @Test func justelNotes() throws {
        let run = try CLI.run(["consolidate", Self.folder, "--act", "2010200001", "--at", "2023-01-01", "--article", "3", "--format", "justel"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("----------\n(1)<KB 2022-12-22/31, art. 2, 001; Inwerkingtreding : 01-01-2023>\n"), "\(run.stdout)")
    }
}
