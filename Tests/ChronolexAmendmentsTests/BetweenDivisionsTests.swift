import ChronolexAmendments
import ChronolexModel
import Testing

/// Session 33: « Entre les chapitres 1er et 3, il est inséré un article 7/1 », « il est inséré
/// entre les chapitres 2 et 3 un chapitre 2/1 » and Dutch « tussen de hoofdstukken 1 en 3 »
/// were « matches no known instruction form » (looks 28–29 left them): read as « entre les
/// articles 5bis et 6 » is, the two divisions the place. What they do to a text:
/// `ChronolexTimelineTests/BetweenDivisionsTimelineTests.swift`.
@Suite("Between two divisions named in the plural")
struct BetweenDivisionsTests {
    @Test(arguments: [
        ("Entre les chapitres 1er et 3 du même arrêté, il est inséré un article 7/1 rédigé comme suit :", "article 7/1", "chapitre 1", "chapitre 3"),
        ("Dans le même arrêté, il est inséré entre les chapitres 1er et 3 un article 7/1 rédigé comme suit :", "article 7/1", "chapitre 1", "chapitre 3"),
        ("Dans le même arrêté, il est inséré, entre les sections 2 et 3, un article 7/1 rédigé comme suit :", "article 7/1", "section 2", "section 3"),
    ])
    func french(_ instruction: String, _ unit: String, _ first: String, _ second: String) throws {
        let result = edits(instruction + "\n\n« Art. 7/1. Texte. »")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let edit = try #require(result.edits.first)
        #expect(result.edits.count == 1 && edit.newUnit == unit)
        #expect(edit.place == .betweenUnits(first, second))
        #expect(edit.targetAddress == nil)
    }

    @Test func aChapterBetweenTwoChapters() throws {
        let result = edits("Dans le même arrêté, il est inséré entre les chapitres 2 et 3 un chapitre 2/1 intitulé « Divers ».")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let edit = try #require(result.edits.first)
        #expect(edit.newUnit == "chapitre 2/1")
        #expect(edit.place == .betweenUnits("chapitre 2", "chapitre 3"))
    }

    @Test(arguments: [
        ("Tussen de hoofdstukken 1 en 3 van hetzelfde besluit wordt een artikel 7/1 ingevoegd, luidende:\n\n« Art. 7/1. Tekst. »", "article 7/1", "chapitre 1", "chapitre 3"),
        ("In hetzelfde besluit wordt tussen de hoofdstukken 2 en 3 een hoofdstuk 2/1 ingevoegd, luidende:\n\n« Hoofdstuk 2/1. - Diversen »", "chapitre 2/1", "chapitre 2", "chapitre 3"),
    ])
    func dutch(_ instruction: String, _ unit: String, _ first: String, _ second: String) throws {
        let result = dutchEdits(instruction)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let edit = try #require(result.edits.first)
        #expect(edit.newUnit == unit)
        #expect(edit.place == .betweenUnits(first, second))
    }

    /// Divisions of two kinds, or three of them, are not a place: still errors.
    @Test(arguments: [
        "Entre les chapitres 1er, 2 et 3 du même arrêté, il est inséré un article 7/1 rédigé comme suit :",
    ])
    func notAPlace(_ instruction: String) {
        #expect(edits(instruction + "\n\n« Art. 7/1. Texte. »").hasErrors)
    }
}
