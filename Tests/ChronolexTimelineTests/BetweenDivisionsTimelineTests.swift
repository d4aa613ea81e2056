import Foundation
import ChronolexModel
import ChronolexTimeline
import Testing

/// Session 33: « entre les chapitres 2 et 3 » (Dutch « tussen de hoofdstukken 2 en 3 »), a
/// place for a new article or division, as « après le chapitre 2 » is, the second chapter
/// checked to follow the first. The reading: `ChronolexAmendmentsTests/BetweenDivisionsTests.swift`.
@Suite("Between two divisions, applied")
struct BetweenDivisionsTimelineTests {
    typealias Places = PlacesAmongArticlesTests

    @Test(arguments: [
        "Entre les chapitres 2 et 3 du même arrêté, il est inséré un article 6/1 rédigé comme suit :",
        "Dans le même arrêté, il est inséré entre les chapitres 2 et 3 un article 6/1 rédigé comme suit :",
    ])
    func anArticleBetweenTwoChapters(_ instruction: String) throws {
        let fixture = try Places.fixture(instruction + "\n\n« Art. 6/1. Texte. »")
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(Places.outline(fixture) == "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6]] 6/1 Chapitre 3 [7]")
        #expect(fixture.text("6/1", at: "2021-06-01") == "Art. 6/1. Texte.\n")
    }

    /// Chapters 1 and 3 do not follow each other (chapter 2 stands between): an error, the act
    /// unchanged.
    @Test func twoChaptersThatAreNotNeighbours() throws {
        let fixture = try Places.fixture("Entre les chapitres 1er et 3 du même arrêté, il est inséré un article 7/1 rédigé comme suit :\n\n« Art. 7/1. Texte. »")
        #expect(fixture.failures == ["Art. 1: the instruction puts art. 7/1 between chapitre 1 and chapitre 3, which do not follow each other in the act on 2021-01-01"])
        #expect(Places.outline(fixture) == "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6]] Chapitre 3 [7]")
    }

    @Test func aChapterBetweenTwoChapters() throws {
        let fixture = try Places.fixture("Dans le même arrêté, il est inséré entre les chapitres 2 et 3 un chapitre 2/1 intitulé « Divers ».")
        #expect(fixture.failures.isEmpty && fixture.warnings.isEmpty, "\(fixture.failures) \(fixture.warnings)")
        #expect(Places.outline(fixture) == "Chapitre 1 [1 2] Chapitre 2 [Section 1 [3 4] Section 2 [5 5bis 6]] Chapitre 2/1 [] Chapitre 3 [7]")
        let apart = try Places.fixture("Dans le même arrêté, il est inséré entre les chapitres 1er et 3 un chapitre 2/1 intitulé « Divers ».")
        #expect(apart.failures.count == 1, "\(apart.failures)")
    }

    @Test func dutch() throws {
        let article = try Places.fixture("**Artikel 1.** Tussen de hoofdstukken 2 en 3 van het besluit van de Regering van 1 maart 2020 betreffende de proeven wordt een artikel 6 ingevoegd, luidende:\n\n« Art. 6. De minister publiceert het register. »",
                                         base: Places.dutch, dutch: true)
        #expect(article.failures.isEmpty && article.warnings.isEmpty, "\(article.failures) \(article.warnings)")
        #expect(Places.outline(article) == "Chapitre 1 [1] Chapitre 2 [2 3 5] 6 Chapitre 3 [7]")
        let chapter = try Places.fixture("**Artikel 1.** In het besluit van de Regering van 1 maart 2020 betreffende de proeven wordt tussen de hoofdstukken 2 en 3 een hoofdstuk 2/1 ingevoegd, luidende:\n\n« Hoofdstuk 2/1. - Diversen »",
                                         base: Places.dutch, dutch: true)
        #expect(chapter.failures.isEmpty && chapter.warnings.isEmpty, "\(chapter.failures) \(chapter.warnings)")
        #expect(Places.outline(chapter) == "Chapitre 1 [1] Chapitre 2 [2 3 5] Chapitre 2/1 [] Chapitre 3 [7]")
    }
}
