import ChronolexAmendments
import ChronolexModel
import Testing

/// Look 20 (2026-12-03, probes of the day's changes on a frozen build of c96df2e): the
/// standard Dutch formulas of entry into force, refused; « en uiterlijk op » left pending.
@Suite("Look 20: Dutch dates of entry into force")
struct HandCheck20AmendmentTests {
    static let instruction = "In artikel 5 van hetzelfde besluit wordt het woord « dertig » vervangen door het woord « zestig »."

    /// Published 2024-01-10 (``readAmending``).
    @Test(arguments: [
        ("Dit besluit treedt in werking de tiende dag na die van zijn bekendmaking in het Belgisch Staatsblad.", "2024-01-20"),
        ("Dit besluit treedt in werking op de tiende dag na die van de bekendmaking ervan in het Belgisch Staatsblad.", "2024-01-20"),
        ("Dit besluit treedt in werking op de eerste dag van de maand die volgt op de bekendmaking ervan in het Belgisch Staatsblad.", "2024-02-01"),
        ("Dit besluit treedt in werking op de eerste dag van de maand volgend op die waarin het is bekendgemaakt in het Belgisch Staatsblad.", "2024-02-01"),
        ("Dit besluit treedt in werking op de dag van de bekendmaking van dit besluit in het Belgisch Staatsblad.", "2024-01-10"),
    ])
    func standardDutchFormulas(_ clause: String, _ date: String) throws {
        let result = dutchEdits(Self.instruction + "\n\n**Art. 2.** " + clause)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.map(\.effective) == [.date(try #require(LegalDate(date)))])
    }

    /// The Dutch order further (look 20): a place after « wordt » before the unit, the
    /// holder after the alinéas, « paragraaf », « een bepaling 2°/1 », « § 1 aangevuld met ».
    @Test(arguments: [
        ("In artikel 3 van hetzelfde besluit wordt in § 2 het tweede lid vervangen door wat volgt: « Nieuw lid. »",
         "art. 1 — replace art. 3, § 2, al. 2 by 1 block(s)"),
        ("In artikel 3 van hetzelfde besluit wordt in § 1 tussen het eerste en het tweede lid een lid ingevoegd, luidende: « Nieuw lid. »",
         "art. 1 — insert alinéa between al. 1 and al. 2 in art. 3, § 1 (1 block(s))"),
        ("In artikel 3 van hetzelfde besluit wordt tussen het tweede en het derde lid van § 1 een lid ingevoegd, luidende: « Nieuw lid. »",
         "art. 1 — insert alinéa between al. 2 and al. 3 in art. 3, § 1 (1 block(s))"),
        ("In artikel 7 van hetzelfde besluit wordt in het eerste lid de bepaling onder 3° opgeheven.", "art. 1 — repeal art. 7, al. 1, 3°"),
        ("In artikel 7 van hetzelfde besluit wordt na de bepaling onder 2° een bepaling 2°/1 ingevoegd, die luidt als volgt: « 2°/1 de begroting; »",
         "art. 1 — insert 2°/1 after 2° in art. 7 (1 block(s))"),
        ("In artikel 3 van hetzelfde besluit wordt het woord « dertig » in § 2 vervangen door het woord « veertig ».",
         "art. 1 — replace « dertig » by « veertig » in art. 3, § 2"),
        ("In artikel 3 van hetzelfde besluit wordt § 1 aangevuld met een lid, luidende: « Nieuw lid. »", "art. 1 — insert alinéa at the end of art. 3, § 1 (1 block(s))"),
        ("In artikel 3 van hetzelfde besluit wordt tussen paragraaf 1 en paragraaf 2 een paragraaf 1/1 ingevoegd, luidende: « § 1/1. Nieuw. »",
         "art. 1 — insert § 1/1 between § 1 and § 2 in art. 3 (1 block(s))"),
    ])
    func theDutchOrderFurther(_ instruction: String, _ expected: String) {
        expectDutchReading(instruction, expected)
    }

    /// « Treden in werking op …: 1° artikel 2; 2° dit artikel. » (verb first, Dutch).
    @Test func aDutchListOfWhatADateGoverns() throws {
        let result = dutchEdits(Self.instruction + "\n\n**Art. 2.** In artikel 6 van hetzelfde besluit wordt het woord « één » vervangen door het woord « twee ».\n\n**Art. 3.** Treden in werking op 1 januari 2025:\n\n1° artikel 2;\n\n2° dit artikel.\n\n**Art. 4.** Dit besluit treedt in werking op 1 september 2024.")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.map(\.effective) == [.date(try #require(LegalDate("2024-09-01"))), .date(try #require(LegalDate("2025-01-01")))])
    }

    /// « Artikel 5 van het besluit … betreffende de openbare bibliotheken, opgeheven bij het
    /// besluit van …, wordt hersteld »: the history clause was read into the cited title,
    /// which then matched no act (the edit « aimed at another act »).
    @Test(arguments: ["opgeheven bij het besluit van de Regering van 5 juni 2020", "gewijzigd bij het besluit van de Regering van 5 juni 2020",
                      "laatst gewijzigd bij het besluit van de Regering van 5 juni 2020"])
    func aDutchHistoryClauseIsNotTheTitle(_ history: String) {
        let result = readAmending("**Artikel 1.** Artikel 5 van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken, \(history), wordt opgeheven.",
                                  title: "Besluit van de Regering tot wijziging van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken",
                                  titleKey: "title-nl").0
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.first?.targetAct?.title == "betreffende de openbare bibliotheken")
        #expect(result.edits.first?.history.count == 1)
    }

    /// Dutch renumberings with « huidige », « onder », « respectievelijk » became provisions
    /// (look 22); they are instructions (not read yet: an error, never « a provision »).
    @Test(arguments: ["In artikel 3 van hetzelfde besluit wordt het huidige tweede lid het derde lid.",
                      "In artikel 7 van hetzelfde besluit wordt de bepaling onder 3° de bepaling onder 4°.",
                      "In artikel 3 van hetzelfde besluit worden het tweede en het derde lid respectievelijk het derde en het vierde lid."])
    func dutchRenumberingsAreInstructions(_ instruction: String) {
        let result = dutchEdits(instruction)
        #expect(!result.diagnostics.contains { $0.message.contains("not an amending instruction") }, "\(result.diagnostics.map(\.message))")
    }

    /// « De datum van inwerkingtreding van het besluit … wordt vastgesteld op … » (look 22).
    @Test func aDutchFixing() {
        let result = dutchEdits("De datum van inwerkingtreding van het besluit van de Regering van 5 juni 2020 tot wijziging van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken wordt vastgesteld op 1 april 2021.")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.fixings.map(\.effective) == [LegalDate("2021-04-01")!])
    }

    @Test func theFrenchDayOfPublicationOfThisAct() throws {
        let result = edits("Dans l'article 5 du même arrêté, le mot « trente » est remplacé par le mot « soixante ».\n\n**Art. 2.** Le présent arrêté entre en vigueur le jour de la publication du présent arrêté au Moniteur belge.")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.map(\.effective) == [.date(try #require(LegalDate("2024-01-10")))])
    }

    /// « … (concerne le texte allemand). » after a whole instruction: « unexpected words ».
    /// Now the version it is about: no change to this one; its own language's, applied.
    @Test func aLanguageVersionSaidAfterTheInstruction() {
        let german = edits("Dans l'article 5 du même arrêté, le mot « heures » est remplacé par le mot « Stunden » (concerne le texte allemand).")
        #expect(!german.hasErrors, "\(german.diagnostics.map(\.message))")
        #expect(german.edits.map(\.change) == [.noop(language: "allemand")])
        let only = edits("Dans l'article 5 du même arrêté, le mot « dertig » est remplacé par le mot « zestig » (ne concerne que le texte néerlandais).")
        #expect(only.edits.map(\.change) == [.noop(language: "néerlandais")])
        let own = dutchEdits("In artikel 5 van hetzelfde besluit wordt het woord « dertig » vervangen door het woord « zestig » (betreft enkel de Nederlandse tekst).")
        #expect(!own.hasErrors, "\(own.diagnostics.map(\.message))")
        #expect(own.edits.first?.words == "dertig")
    }

    /// « … te bepalen datum en uiterlijk op … »: pending, its latest day read (the timeline
    /// applies it then when no act fixes an earlier one).
    @Test func aDutchLatestDate() throws {
        let result = dutchEdits(Self.instruction + "\n\n**Art. 2.** Dit besluit treedt in werking op een door de Vlaamse Regering te bepalen datum en uiterlijk op 1 januari 2025.")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.first?.effective?.latest == LegalDate("2025-01-01"))
        let french = edits("Dans l'article 5 du même arrêté, le mot « trente » est remplacé par le mot « soixante ».\n\n**Art. 2.** Le présent arrêté entre en vigueur à une date fixée par le Roi et au plus tard le 1er janvier 2025.")
        #expect(french.edits.first?.effective == .pending("à une date fixée par le Roi et au plus tard le 1er janvier 2025"))
        #expect(french.edits.first?.effective?.latest == LegalDate("2025-01-01"))
    }
}
