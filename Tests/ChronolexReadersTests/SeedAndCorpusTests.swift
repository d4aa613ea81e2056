import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

@Suite("The seed act and the example corpus")
struct SeedAndCorpusTests {
    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func seedListsItsThirtyOneArticlesAndAllUnits() throws {
        let result = ActReader.read(path: Paths.seed.path)
        #expect(!result.hasErrors)
        let act = try #require(result.act)
        #expect(result.format == .markdown)
        #expect(act.articles.map(\.number) == ["1er"] + (2...31).map(String.init))
        let outline = addresses(act)
        #expect(outline.count == 85)
        // Article 8: its three sub-instructions and their letters, in order.
        #expect(outline.filter { $0.hasPrefix("art. 8") } == [
            "art. 8", "art. 8, 1°", "art. 8, 2°",
            "art. 8, 2°, a)", "art. 8, 2°, b)", "art. 8, 2°, c)", "art. 8, 2°, d)", "art. 8, 2°, e)",
            "art. 8, 3°", "art. 8, 3°, a)", "art. 8, 3°, b)", "art. 8, 3°, c)", "art. 8, 3°, d)", "art. 8, 3°, e)",
        ])
        #expect(act.metadata.numac == "2023204494")
        #expect(act.metadata.kind == .arreteDuGouvernement)
        #expect(act.metadata.date?.iso == "2022-12-22")
        #expect(act.metadata.publication?.iso == "2023-09-21")
        #expect(act.metadata.dossier == "2022-12-22/31")
        #expect(act.metadata.entryIntoForce == nil)
        #expect(act.metadata.language == .french)
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func seedArticles20And21AreKeptAsPublishedWithAWarning() throws {
        let result = ActReader.read(path: Paths.seed.path)
        let act = try #require(result.act)
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.map { $0.location?.line } == [174, 180])
        #expect(warnings[0].message.hasPrefix("Art. 20 ends with an instruction announcing a replacement text"))
        #expect(warnings[1].message.hasPrefix("closing quotation mark with no opening one"))
        let art20 = try #require(act.articles.first { $0.number == "20" })
        #expect(art20.alineas.last?.text == "L'article 35 du même arrêté est remplacé par ce qui suit :")
        let art21 = try #require(act.articles.first { $0.number == "21" })
        #expect(art21.paragraphs.map(\.number) == ["1er", "2"])
        #expect(art21.paragraphs[1].alineas[0].text.hasSuffix("pour une durée inférieure. »"))
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func quotedReplacementTextStaysInItsInstruction() throws {
        let act = try #require(ActReader.read(path: Paths.seed.path).act)
        let art2 = try #require(act.articles.first { $0.number == "2" })
        let point2 = art2.alineas[0].points[1]
        #expect(point2.label.description == "2°")
        #expect(point2.sentences.count == 1)
        #expect(point2.text.hasPrefix("dans le § 1er, les alinéas 3 et 4 sont remplacés par ce qui suit :\n« Le ministre communique"))
        #expect(point2.text.split(separator: "\n").count == 3)
        #expect(point2.text.hasSuffix("la décision est considérée comme confirmée. »;"))
        // Its sentence knows where it is in the file.
        #expect(point2.sentences[0].range?.start == ChronolexModel.SourceLocation(line: 24, column: 4))
        #expect(point2.sentences[0].range?.end.line == 28)
    }

    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func seedRoundTripsThroughMarkdown() throws {
        let act = try #require(ActReader.read(path: Paths.seed.path).act)
        let again = try roundTrip(act)
        #expect(dump(again) == dump(act))
        // The normalised text uses « » and 1°.
        let markdown = MarkdownRenderer.render(act)
        #expect(!markdown.contains("\n1. "))
        #expect(markdown.contains("\n1° dans le § 1er, alinéa 1er, la deuxième phrase est complétée par les mots « sur la suspension d'urgence »;"))
        // Writing the re-read act gives the same bytes.
        #expect(MarkdownRenderer.render(again) == markdown)
    }

    @Test(arguments: Paths.corpusActs)
    func corpusActReadsWithoutDiagnosticsAndRoundTrips(_ path: String) throws {
        let result = ActReader.read(path: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let act = try #require(result.act)
        #expect(!act.articles.isEmpty)
        #expect(act.metadata.numac?.count == 10)
        #expect(act.metadata.date != nil && act.metadata.publication != nil)
        let again = try roundTrip(act)
        #expect(dump(again) == dump(act))
        #expect(MarkdownRenderer.render(again) == MarkdownRenderer.render(act))
    }

    @Test func corpusHasTheActsTheIssueAsksFor() throws {
        let acts = Paths.corpusActs.compactMap { ActReader.read(path: $0).act }
        let bases = acts.filter { $0.metadata.modifies.isEmpty }
        let amending = acts.filter { !$0.metadata.modifies.isEmpty }
        #expect(bases.count >= 2)
        #expect(amending.count >= 4)
        for base in bases {
            let outline = addresses(base)
            #expect(outline.contains { $0.hasPrefix("Chapitre") })
            #expect(outline.contains { $0.contains("§") })
            #expect(outline.contains { $0.contains("al. 2") })
            #expect(outline.contains { $0.contains("°") })
        }
        #expect(bases.contains { addresses($0).contains { $0.contains("Section") } })
        #expect(bases.contains { addresses($0).contains { $0.hasSuffix("a)") } })
        let years = Set(amending.compactMap { $0.metadata.publication?.year })
        #expect(years.count >= 4)
        let texts = amending.map(MarkdownRenderer.render).joined()
        #expect(texts.contains("produit ses effets"))
        #expect(texts.contains("à l'exception"))
        #expect(texts.contains("du même arrêté"))
    }
}
