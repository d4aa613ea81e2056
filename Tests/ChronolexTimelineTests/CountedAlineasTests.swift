import ChronolexModel
import ChronolexWorkspace
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

    /// A range written as the place of words, without its preposition (« Dans l'article 6,
    /// les deux premiers alinéas, le mot … »; look 34: the first alinéa only, unsaid — « les
    /// alinéas 1er et 2, » too, before today): each alinéa of the range; a list, an error.
    @Test func aRangeAsThePlaceOfWords() throws {
        let base = baseAct("**Article 1er.** Un.\n\n**Art. 6.** Le ministre agrée.\n\nLe ministre contrôle.\n\nLe ministre retire.")
        for place in ["les deux premiers alinéas", "les alinéas 1er et 2", "les alinéas 1er à 2"] {
            let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 6 \(Self.cited), \(place), le mot « ministre » est remplacé par le mot « Gouvernement ».")])
            #expect(fixture.failures.isEmpty, "\(place): \(fixture.failures)")
            #expect(fixture.text("6", at: "2021-06-01") == "Art. 6. Le Gouvernement agrée.\nLe Gouvernement contrôle.\nLe ministre retire.\n", "\(place)")
        }
        let list = Workspace(texts: [("0-base.md", base), ("1-amending.md", OperationTests.amending("**Art. 1er.** Dans l'article 6 \(Self.cited), les alinéas 1er et 3, le mot « ministre » est remplacé par le mot « Gouvernement ».") )])
        #expect(list.diagnostics.map(\.description).contains("1-amending.md:10: Art. 1: words in each of several units named before them (art. 6, al. 1 and others) are not read yet"), "\(list.diagnostics)")
    }

    /// More alinéas counted than the article holds: an error, nothing guessed.
    @Test func moreThanTheArticleHolds() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 6 \(Self.cited), les cinq derniers alinéas sont abrogés.")])
        #expect(fixture.failures.count == 1, "\(fixture.failures)")
        #expect(fixture.text("6", at: "2021-06-01") == "Art. 6. Un.\nDeux.\nTrois.\nQuatre.\n")
    }
}
