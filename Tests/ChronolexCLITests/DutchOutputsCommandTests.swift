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

    @Test func justelNotes() throws {
        let run = try CLI.run(["consolidate", Self.folder, "--act", "2010200001", "--at", "2023-01-01", "--article", "3", "--format", "justel"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("----------\n(1)<KB 2022-12-22/31, art. 2, 001; Inwerkingtreding : 01-01-2023>\n"), "\(run.stdout)")
    }
}
