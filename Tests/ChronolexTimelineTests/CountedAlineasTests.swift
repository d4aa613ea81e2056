import ChronolexModel
import Testing

/// « les deux premiers alinéas », « les trois derniers alinéas », Dutch « de twee laatste
/// leden », « de eerste twee leden »: alinéas named by their count from the start or the
/// end (look 31's probes: « matches no known instruction form »), read as a range.
@Suite("Alinéas counted from the start or the end")
struct CountedAlineasTests {
    static let base = baseAct("""
        **Article 1er.** Le présent arrêté s'applique aux essais.

        **Art. 6.** Un.

        Deux.

        Trois.

        Quatre.
        """)
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"

    static func article6(_ instruction: String, dutch: Bool = false) throws -> String? {
        var amending = OperationTests.amending("**Art. 1er.** " + instruction)
        if dutch {
            amending = amending.replacingOccurrences(of: "title-fr: \"Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais\"",
                                                     with: "title-nl: \"Besluit van de Regering tot wijziging van het besluit van de Regering van 1 maart 2020 betreffende de proeven\"")
            amending = amending.replacingOccurrences(of: "Le présent arrêté entre en vigueur le 1er janvier 2021.", with: "Dit besluit treedt in werking op 1 januari 2021.")
        }
        let fixture = try Fixture(base: base, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("6", at: "2020-12-31") == "Art. 6. Un.\nDeux.\nTrois.\nQuatre.\n")
        return fixture.text("6", at: "2021-06-01")
    }

    @Test func theLastAlineasRepealed() throws {
        #expect(try Self.article6("Dans l'article 6 \(Self.cited), les trois derniers alinéas sont abrogés.") == "Art. 6. Un.\n(...)\n(...)\n(...)\n")
        #expect(try Self.article6("Dans l'article 6 \(Self.cited), les deux derniers alinéas sont abrogés.") == "Art. 6. Un.\nDeux.\n(...)\n(...)\n")
    }

    @Test func theFirstAlineasReplacedByOneText() throws {
        #expect(try Self.article6("Dans l'article 6 \(Self.cited), les deux premiers alinéas sont remplacés par ce qui suit :\n\n« Premier. »") == "Art. 6. Premier.\nTrois.\nQuatre.\n")
    }

    @Test func dutchCounts() throws {
        let laatste = try Self.article6("In artikel 6 van het besluit van de Regering van 1 maart 2020 betreffende de proeven worden de twee laatste leden opgeheven.", dutch: true)
        #expect(laatste == "Art. 6. Un.\nDeux.\n(...)\n(...)\n")
        let eerste = try Self.article6("In artikel 6 van het besluit van de Regering van 1 maart 2020 betreffende de proeven worden de eerste twee leden opgeheven.", dutch: true)
        #expect(eerste == "Art. 6. (...)\n(...)\nTrois.\nQuatre.\n")
    }

    /// More alinéas counted than the article holds: an error, nothing guessed.
    @Test func moreThanTheArticleHolds() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 6 \(Self.cited), les cinq derniers alinéas sont abrogés.")])
        #expect(fixture.failures.count == 1, "\(fixture.failures)")
        #expect(fixture.text("6", at: "2021-06-01") == "Art. 6. Un.\nDeux.\nTrois.\nQuatre.\n")
    }
}
