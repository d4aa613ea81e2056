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

    /// « … te bepalen datum en uiterlijk op … »: pending for ever, « not dated »; now said.
    @Test func aDutchLatestDateIsSaid() {
        let result = dutchEdits(Self.instruction + "\n\n**Art. 2.** Dit besluit treedt in werking op een door de Vlaamse Regering te bepalen datum en uiterlijk op 1 januari 2025.")
        #expect(result.diagnostics.map(\.message).contains { $0.contains("a date fixed later with a latest date is not read yet") }, "\(result.diagnostics.map(\.message))")
    }
}
