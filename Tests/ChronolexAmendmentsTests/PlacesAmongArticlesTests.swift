import ChronolexAmendments
import ChronolexModel
import Testing

/// Look 28 left these unread: « entre les articles 5bis et 6 » (« must name two units »),
/// Dutch « tussen de artikelen 2 en 3 », « vóór artikel 5 een hoofdstuk », « In hoofdstuk 2
/// van het besluit … » (a division as the place of a lead-in). The edits they give; what they
/// do to a text is in `ChronolexTimelineTests/PlacesAmongArticlesTests.swift`.
@Suite("Places among articles and divisions (look 28's forms left)")
struct PlacesAmongArticlesReadingTests {
    /// « In hoofdstuk 2 van het besluit … worden de volgende wijzigingen aangebracht: »: the
    /// chapter is the place of every sub-instruction, the act the one named.
    @Test func aDutchLeadInOnAChapter() throws {
        let result = dutchEdits("""
        In hoofdstuk 2 van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken worden de volgende wijzigingen aangebracht:

        1° tussen de artikelen 2 en 3 wordt een artikel 2/1 ingevoegd, luidende:

        « Art. 2/1. Nieuwe tekst. »

        2° artikel 5 wordt opgeheven.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.map(\.source.address) == ["art. 1, 1°", "art. 1, 2°"])
        #expect(result.edits.map(\.kind) == [.insert, .repeal])
        #expect(result.edits.map(\.targetAddress) == ["chapitre 2", "chapitre 2, art. 5"])
        #expect(result.edits.first?.place == .betweenUnits("art. 2", "art. 3"))
        #expect(result.edits.first?.newUnit == "article 2/1")
        #expect(result.edits.allSatisfy { $0.targetAct?.date == LegalDate("2015-03-12") })
    }

    /// The French lead-in on a division, for comparison (read before).
    @Test func aFrenchLeadInOnAChapter() throws {
        let result = edits("""
        Dans le chapitre 2 du même arrêté, les modifications suivantes sont apportées :

        1° entre les articles 5bis et 6, il est inséré un article 5ter rédigé comme suit :

        « Art. 5ter. Le ministre publie le registre. »

        2° l'article 5 est abrogé.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.map(\.targetAddress) == ["chapitre 2", "chapitre 2, art. 5"])
        #expect(result.edits.first?.place == .betweenUnits("art. 5bis", "art. 6"))
    }

    /// A place among units before the verb keeps the unit that holds them: « Entre les alinéas
    /// 1er et 2 de l'article 5, il est inséré un alinéa » goes in art. 5.
    @Test func theHolderOfAPlaceBeforeTheVerb() throws {
        let result = edits("Dans le même arrêté, entre les alinéas 1er et 2 de l'article 5, il est inséré un alinéa rédigé comme suit :\n\n« Nouvel alinéa. »")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.first?.targetAddress == "art. 5")
        #expect(result.edits.first?.place == .betweenUnits("al. 1", "al. 2"))
    }

    /// « entre » (« tussen ») names two units, never three: an error that says so, never the
    /// first two.
    @Test(arguments: [
        ("Dans le même arrêté, il est inséré entre les articles 5bis, 6 et 7 un article 5ter rédigé comme suit :\n\n« Art. 5ter. Texte. »", false),
        ("Entre les articles 5bis, 6 et 7 du même arrêté, il est inséré un article 5ter rédigé comme suit :\n\n« Art. 5ter. Texte. »", false),
        ("In hoofdstuk 2 wordt tussen de artikelen 2, 3 en 4 een artikel 2/1 ingevoegd, luidende:\n\n« Art. 2/1. Tekst. »", true),
    ])
    func threeUnitsAreAnError(_ instruction: String, _ dutch: Bool) throws {
        let result = dutch ? dutchEdits(instruction) : edits(instruction)
        let error = try #require(result.edits.first?.error)
        #expect(error.contains("must name two units"), "\(error)")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("must name two units") && $0.location?.line != nil && $0.unit == "Art. 1" })
    }

    /// The act named in a place after the verb is the instruction's act (it was dropped, and
    /// the act the title names amended instead, without a word).
    @Test(arguments: [
        ("Il est inséré, entre les articles 16 et 17 de l'arrêté royal du 3 mars 2011 relatif aux autres choses, un article 16/1 rédigé comme suit :\n\n« Art. 16/1. Texte. »", false),
        ("Il est inséré, après l'article 16 de l'arrêté royal du 3 mars 2011 relatif aux autres choses, un article 16/1 rédigé comme suit :\n\n« Art. 16/1. Texte. »", false),
        ("Un article 16/1 rédigé comme suit est inséré après l'article 16 de l'arrêté royal du 3 mars 2011 relatif aux autres choses :\n\n« Art. 16/1. Texte. »", false),
        ("In hoofdstuk 2 wordt, tussen de artikelen 16 en 17 van het koninklijk besluit van 3 maart 2011 betreffende andere zaken, een artikel 16/1 ingevoegd, luidende:\n\n« Art. 16/1. Tekst. »", true),
    ])
    func theActNamedInAPlaceAfterTheVerb(_ instruction: String, _ dutch: Bool) throws {
        let result = dutch ? dutchEdits(instruction) : edits(instruction)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        let edit = try #require(result.edits.first)
        #expect(edit.targetAct?.date == LegalDate("2011-03-03"))
        #expect(edit.newUnit == "article 16/1")
    }

    /// Two acts, one before the verb and another in the place after it: an error.
    @Test func twoActsInOnePlaceAreAnError() throws {
        let result = edits("Dans l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques, il est inséré, après l'article 16 de l'arrêté royal du 3 mars 2011 relatif aux autres choses, un article 16/1 rédigé comme suit :\n\n« Art. 16/1. Texte. »")
        #expect(result.edits.first?.error?.contains("cites two acts") == true, "\(result.edits.map(\.error))")
    }

    /// Every Dutch division word before its number (arabic, roman, « 1/1 »).
    @Test func dutchDivisionsCited() throws {
        let result = dutchEdits("In titel II, hoofdstuk 3, afdeling 1 wordt een artikel 7/1 ingevoegd, luidende:\n\n« Art. 7/1. Tekst. »")
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        #expect(result.edits.first?.targetAddress == "titre II, chapitre 3, section 1")
        #expect(result.edits.first?.place == .byNumber)
    }
}
