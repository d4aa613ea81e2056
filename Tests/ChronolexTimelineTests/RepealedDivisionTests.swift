import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import Testing

/// A repealed chapter in a consolidation (looks 31 and 32, two reviewers: its heading was
/// printed as in force by the text, markdown and justel formats, while its articles said
/// « (Abrogé) » and the JSON said `repealed`).
@Suite("A repealed division's heading")
struct RepealedDivisionTests {
    static let base = baseAct("""
        ### CHAPITRE 1er. - Objet

        **Article 1er.** Le présent arrêté règle les essais.

        ### CHAPITRE 2. - Des essais anciens

        **Art. 2.** Les essais anciens sont tenus.

        **Art. 3.** Les essais anciens sont notés.

        ### CHAPITRE 3. - Dispositions finales

        **Art. 4.** Le ministre est chargé de l'exécution.
        """)
    static let repeal = OperationTests.amending("**Art. 1er.** Le chapitre 2 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais est abrogé.")

    static func act(at day: String) throws -> Act {
        let fixture = try Fixture(base: base, amending: [repeal])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        return fixture.timeline.act(at: try #require(LegalDate(day)))
    }

    /// Text, markdown and justel print the heading followed by « (Abrogé) », from the day
    /// of the repeal on; the day before, as it was.
    @Test func theHeadingSaysItIsRepealed() throws {
        let before = try Self.act(at: "2020-12-31"), after = try Self.act(at: "2021-06-01")
        let fixture = try Fixture(base: Self.base, amending: [Self.repeal])
        #expect(TextRenderer.render(before).contains("\nCHAPITRE 2. - Des essais anciens\n"))
        #expect(TextRenderer.render(after).contains("\nCHAPITRE 2. - Des essais anciens (Abrogé)\n"), "\(TextRenderer.render(after))")
        #expect(TextRenderer.render(after).contains("\nCHAPITRE 3. - Dispositions finales\n"))
        #expect(MarkdownRenderer.render(after).contains("\n## CHAPITRE 2. - Des essais anciens (Abrogé)\n"), "\(MarkdownRenderer.render(after))")
        let justel = JustelRenderer.render(after, fixture.timeline, at: try #require(LegalDate("2021-06-01")))
        #expect(justel.contains("\nCHAPITRE 2. - Des essais anciens (Abrogé)\n"), "\(justel)")
    }

    /// Read back, the printed consolidation gives the same divisions: heading without the
    /// marker, status repealed (parse → render → parse).
    @Test func thePrintedConsolidationReadsBackTheSame() throws {
        let after = try Self.act(at: "2021-06-01")
        let again = try readAct(MarkdownRenderer.render(after))
        #expect(divisions(again) == divisions(after))
        #expect(divisions(again) == ["Chapitre 1|Objet|inForce", "Chapitre 2|Des essais anciens|repealed", "Chapitre 3|Dispositions finales|inForce"])
        let text = try readAct(TextRenderer.render(after), file: "act.txt")
        #expect(divisions(text) == divisions(after))
    }

    /// Justel's own ways of writing a repealed division are read as repealed; a heading
    /// that merely ends in a parenthesis is not.
    @Test func justelsRepealedHeadingsAreRead() {
        #expect(Headings.repealedDivisionHeading("Des essais anciens (Abrogé)") == ("Des essais anciens", true))
        #expect(Headings.repealedDivisionHeading("(abrogé)") == ("", true))
        #expect(Headings.repealedDivisionHeading("- (Opgeheven)") == ("", true))
        let note = "DES CONTRAVENTIONS. (Abrogé) <L 2004-06-17/37, art. 4, 048;  En vigueur :  01-04-2005>"
        #expect(Headings.repealedDivisionHeading(note) == (note, true))
        let abrogéPar = "DES DELITS RELATIFS A L'EXERCICE DES DROITS POLITIQUES. <Abrogé par L 2003-12-19/34, art. 10, 046;  En vigueur :  08-01-2004>"
        #expect(Headings.repealedDivisionHeading(abrogéPar) == (abrogéPar, true))
        #expect(Headings.repealedDivisionHeading("Des essais (anciens)") == ("Des essais (anciens)", false))
        #expect(Headings.repealedDivisionHeading("(BEDERF VAN DE JEUGD EN PROSTITUTIE). <W 26-05-1914, art. 4>").repealed == false)
        #expect(Headings.repealedDivisionHeading("Dispositions modificatives <Inséré par L 2004-06-17/37, art. 4>").repealed == false)
        // Look 34: a heading naming a repealed act, and a note that repeals then re-establishes.
        let act = "Dispositions transitoires relatives à l'arrêté du 3 mai 1999 (abrogé)"
        #expect(Headings.repealedDivisionHeading(act) == (act, false))
        #expect(Headings.repealedDivisionHeading("Sanctions <Abrogé par L 2003-12-19/34, art. 10; Rétabli par L 2005-07-20/41, art. 2>").repealed == false)
    }

    /// A Justel state's chapter with no heading and only the note `Abrogé par …` (as
    /// dg-agrement-hopitaux v003 writes its chapter 4) is repealed, and printed so.
    @Test func aJustelChapterWithOnlyItsRepealNote() throws {
        let act = try readAct(justelState(updated: "13-07-2023", """
            ### Chapitre 3. - Agréation

            **Art. 8.** Le pouvoir organisateur communique [1 les données]1.

            `(1)<ACG 2021-01-14/02, art. 1, 002; En vigueur : 01-02-2021>`

            ### Chapitre 4.

            `Abrogé par ACG 2023-07-13/43, art. 2, 003; En vigueur : 13-07-2023`

            **Art. 9.**

            `Abrogé par ACG 2023-07-13/43, art. 2, 003; En vigueur : 13-07-2023`
            """))
        #expect(divisions(act) == ["Chapitre 3|Agréation|inForce", "Chapitre 4||repealed"])
        let markdown = MarkdownRenderer.render(act)
        #expect(markdown.contains("\n## Chapitre 4. (Abrogé)\n\n`Abrogé par ACG 2023-07-13/43, art. 2, 003; En vigueur : 13-07-2023`\n"), "\(markdown)")
        #expect(divisions(try readAct(markdown)) == divisions(act))
    }

    /// A Dutch act prints « (Opgeheven) ».
    @Test func aDutchActPrintsOpgeheven() {
        var division = Division(kind: .chapitre, word: "HOOFDSTUK", number: "2", heading: "Oude proeven", status: .repealed)
        #expect(division.printedHeadingLine(language: .dutch) == "HOOFDSTUK 2. - Oude proeven (Opgeheven)")
        division.heading = "(Opgeheven)"
        #expect(division.printedHeadingLine(language: .dutch) == "HOOFDSTUK 2. - (Opgeheven)")
        division.heading = ""
        #expect(division.printedHeadingLine(language: .french) == "HOOFDSTUK 2. (Abrogé)")
        division.status = .inForce
        #expect(division.printedHeadingLine(language: .french) == "HOOFDSTUK 2.")
    }

    func readAct(_ text: String, file: String = "act.md") throws -> Act {
        let result = ActReader.read(text: text, file: file)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        return try #require(result.act)
    }

    func divisions(_ act: Act) -> [String] {
        act.body.compactMap {
            guard case .division(let division) = $0 else { return nil }
            return "\(division.citation)|\(division.heading)|\(division.status)"
        }
    }
}
