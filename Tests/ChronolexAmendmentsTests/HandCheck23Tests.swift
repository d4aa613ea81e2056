@testable import ChronolexAmendments
import ChronolexModel
import Testing

/// Look 23 (2026-12-03, session 30): Dutch forms the notes of look 22 left refused — the new
/// words between « door » and « vervangen », « Aan artikel 7 wordt … toegevoegd », « de
/// bepalingen onder 2° en 3° ».
@Suite("Look 23: Dutch forms left refused")
struct HandCheck23AmendmentTests {
    @Test(arguments: [
        ("In artikel 7 van hetzelfde besluit wordt het woord « vier » door het woord « vijf » vervangen.",
         "art. 1 — replace « vier » by « vijf » in art. 7"),
        ("In artikel 7 van hetzelfde besluit wordt het woord « vier » telkens door het woord « vijf » vervangen.",
         "art. 1 — replace every time « vier » by « vijf » in art. 7"),
        ("In artikel 2 van hetzelfde besluit worden in de bepaling onder 2° de woorden « de commune » door de woorden « de gemeente » vervangen.",
         "art. 1 — replace « de commune » by « de gemeente » in art. 2, 2°"),
        ("Aan artikel 7 van hetzelfde besluit wordt een lid toegevoegd, luidende: « De minister bepaalt de nadere regels. »",
         "art. 1 — insert alinéa at the end of art. 7 (1 block(s))"),
        ("Aan artikel 2 van hetzelfde besluit wordt een bepaling 5° toegevoegd, luidende: « 5° iets: iets anders. »",
         "art. 1 — insert 5° at the end of art. 2 (1 block(s))"),
        ("Aan artikel 3, § 2, van hetzelfde besluit worden de volgende leden toegevoegd: « Nieuw een. » « Nieuw twee. »",
         "art. 1 — insert alinéa at the end of art. 3, § 2 (2 block(s))"),
        ("In artikel 3 van hetzelfde besluit wordt aan het eerste lid een lid toegevoegd, luidende: « Nieuw. »",
         "art. 1 — insert alinéa after al. 1 in art. 3 (1 block(s))"),
        ("In artikel 2 van hetzelfde besluit worden de bepalingen onder 2° en 3° opgeheven.", "art. 1 — repeal art. 2, 2° to art. 2, 3°"),
        ("In artikel 2 van hetzelfde besluit worden de bepalingen onder 1° tot 3° opgeheven.", "art. 1 — repeal art. 2, 1° to art. 2, 3°"),
        ("In artikel 2 van hetzelfde besluit worden de bepalingen onder 2° en 3° vervangen als volgt: « 2° twee; » « 3° drie. »",
         "art. 1 — replace art. 2, 2° to art. 2, 3° by 2 block(s)"),
    ])
    func read(_ instruction: String, _ expected: String) {
        expectDutchReading(instruction, expected)
    }

    /// « de bepalingen onder 2° en 4° »: two units apart, each its own repeal — never the
    /// first alone (the others were dropped) — and no other change of them is read.
    @Test func pointsApart() {
        let repeal = dutchEdits("In artikel 2 van hetzelfde besluit worden de bepalingen onder 2°, 4° en 6° opgeheven.")
        #expect(!repeal.hasErrors, "\(repeal.diagnostics.map(\.message))")
        #expect(repeal.edits.map(\.targetAddress) == ["art. 2, 2°", "art. 2, 4°", "art. 2, 6°"])
        #expect(repeal.edits.allSatisfy { $0.kind == .repeal })
        let replace = dutchEdits("In artikel 2 van hetzelfde besluit worden de bepalingen onder 2° en 4° vervangen als volgt: « 2° twee; »")
        #expect(replace.diagnostics.map(\.message).contains { $0.contains("several units apart (2°, 4°) is read only as a repeal") }, "\(replace.diagnostics.map(\.message))")
        #expect(replace.edits.allSatisfy { $0.change == nil })
    }

    /// « Aan » opens a place only before a unit: « Aan de Koning wordt … verleend » stays a
    /// provision of the act, as before.
    @Test func aanBeforeNoUnit() {
        let result = dutchEdits("Aan de Koning wordt de bevoegdheid verleend om de bijlage te wijzigen.")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.diagnostics.map(\.message).contains { $0.contains("provision of this act") })
    }
}

/// Look 23: an entry-into-force clause not read left its act's edits on the default tenth
/// day after publication, which `--keep-going`, `explain` and the reading room applied.
@Suite("Look 23: a clause of entry into force not read")
struct UnreadEntryIntoForceTests {
    @Test func theEditsHaveNoDate() {
        let result = edits("Dans l'article 5 de l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, le mot « quatre » est remplacé par le mot « cinq ».\n\n**Art. 2.** Le présent arrêté entre en vigueur le jour de la lune bleue qui suit sa publication.")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("entry-into-force clause") }, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.count == 1)
        #expect(result.edits.first?.error?.hasPrefix("its entry into force is not known: the entry-into-force clause of art. 2") == true, "\(result.edits.map(\.error))")
    }

    /// Look 24: a general clause read, and a clause not read that names art. 2: only art. 2's
    /// edit loses its date (every edit lost it).
    @Test func onlyTheArticlesTheClauseNames() {
        let result = edits("""
        Dans l'article 5 de l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, le mot « quatre » est remplacé par le mot « cinq ».

        **Art. 2.** Dans l'article 6 du même arrêté, le mot « deux » est remplacé par le mot « trois ».

        **Art. 3.** Le présent arrêté entre en vigueur le 1er mars 2024.

        **Art. 4.** Par dérogation à l'article 3, l'article 2 entre en vigueur le jour de la lune bleue.
        """)
        #expect(result.edits.count == 2)
        #expect(result.edits.first?.error == nil && result.edits.first?.effective == .date(LegalDate(year: 2024, month: 3, day: 1)!), "\(result.edits.map(\.error))")
        #expect(result.edits.last?.error?.hasPrefix("its entry into force is not known: the entry-into-force clause of art. 4") == true, "\(result.edits.map(\.error))")
    }

    /// Look 25: a list not read to its end for certain, or an article of another act: every
    /// edit counts as named (arts. 2 and 3 took the general date without a word).
    @Test(arguments: [
        "Les articles 1er, 2 ainsi que 3 sortent leurs effets le jour de la lune bleue.",
        "L'article 1er et les articles suivants sortent leurs effets le jour de la lune bleue.",
        "L'article 1er sort ses effets le jour de la lune bleue, date de l'entrée en vigueur de l'article 3 de la loi du 3 mai 2010 relative aux essais.",
    ])
    func listsNotReadWhole(_ clause: String) {
        let result = edits("""
        Dans l'article 5 de l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, le mot « quatre » est remplacé par le mot « cinq ».

        **Art. 2.** Dans l'article 6 du même arrêté, le mot « deux » est remplacé par le mot « trois ».

        **Art. 3.** Dans l'article 7 du même arrêté, le mot « un » est remplacé par le mot « deux ».

        **Art. 4.** Le présent arrêté entre en vigueur le 1er mars 2024.

        **Art. 5.** \(clause)
        """)
        #expect(result.edits.count == 3)
        #expect(result.edits.allSatisfy { $0.error?.hasPrefix("its entry into force is not known") == true }, "\(result.edits.map(\.error))")
    }

    @Test func aDutchRangeTotEnMet() {
        #expect(Walker.citedArticles("De artikelen 1 tot en met 3 hebben uitwerking met ingang van 1 januari 2014.") == ["1", "2", "3"])
        #expect(Walker.citedArticles("Par dérogation à l'article 3, l'article 2 entre en vigueur le 1er mai.") == ["2", "3"])
        #expect(Walker.citedArticles("Les articles 1er, 2 ainsi que 3 sortent leurs effets.") == nil)
    }

    /// A clause read: the edits take its date, as before.
    @Test func aClauseReadDatesThem() {
        let result = edits("Dans l'article 5 de l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, le mot « quatre » est remplacé par le mot « cinq ».\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er mars 2024.")
        #expect(result.edits.first?.error == nil)
        #expect(result.edits.first?.effective == .date(LegalDate(year: 2024, month: 3, day: 1)!))
    }
}

/// Hand check 17, record 442 (2023200641, art. 16): « est ajouté une annexe VI.3-5 reprise à
/// l'annexe du présent arrêté », the act printing after its annex the mark that closes the
/// instruction's quotation (« … de l'alinéa 4. " »): the mark was kept in the new annex's text.
@Suite("Hand check 17: a stray closing mark after an annex")
struct AnnexStrayCloseTests {
    @Test func droppedWhenNothingOpensIt() {
        #expect(Walker.droppingStrayClose(["ANNEXE VI.3-5", "Les personnes … répondre à la disposition de l'alinéa 4. »"])
                == ["ANNEXE VI.3-5", "Les personnes … répondre à la disposition de l'alinéa 4."])
        #expect(Walker.droppingStrayClose(["ANNEXE", "»"]) == ["ANNEXE"])
    }

    @Test func keptWhenItClosesAQuotation() {
        let annex = ["ANNEXE", "Le mot « registre »"]
        #expect(Walker.droppingStrayClose(annex) == annex)
        #expect(Walker.droppingStrayClose([]) == [])
    }

    @Test func theRealAct() throws {
        let path = sharedRoot + "/corpus/amending-sample/2023200641.md"
        try #require(fileExists(path), "../shared is absent (a newcomer's clone): the real act cannot be read")
        let (result, _) = readFile(path)
        let annex = try #require(result.edits.first { $0.source.address == "art. 16" })
        #expect(annex.newText.last?.hasSuffix("de l'alinéa 4.") == true, "\(annex.newText.last ?? "")")
    }
}
