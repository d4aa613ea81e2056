import ChronolexIndex
import ChronolexModel
import Foundation
import Testing

/// Look 23: a search on a date finds the words amendments put in an article, and shows
/// the article's text on that date.
@Suite("The index: searches on a date")
struct DatedSearchTests {
    static let f12 = [
        "base.md": """
            ---
            title-fr: "Arrêté royal relatif aux essais"
            date: 2010-03-01
            number: 2010000001
            publication: 2010-03-15
            modifies:
            ---

            **Article 1er.** Le présent arrêté règle les essais.

            **Art. 2.** Le délai est de trente jours.

            **Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2010.
            """,
        "l.md": """
            ---
            title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
            date: 2014-12-01
            number: 2015000121
            publication: 2015-01-01
            modifies: 2010000001
            ---

            **Article 1er.** Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux essais, le mot " jours " est remplacé par les mots " jours ouvrables ".
            """,
        "r.md": """
            ---
            title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
            date: 2016-04-01
            number: 2016000122
            publication: 2016-05-01
            modifies: 2010000001
            ---

            **Article 1er.** Dans l'article 2 de l'arrêté royal du 1er mars 2010 relatif aux essais, le mot " trente " est remplacé par le mot " vingt ".

            **Art. 2.** Le présent arrêté produit ses effets le 1er janvier 2014.
            """,
    ]

    @Test func aSearchOnADateFindsTheWordsAmendmentsPutIn() throws {
        let (_, index) = try DateFixingIndexTests.corpus(Self.f12)
        let day = LegalDate("2016-06-01")!
        let found = try index.search("vingt jours", at: day)
        #expect(found.hits.map { "\($0.numac ?? "-") \($0.article)" } == ["2010000001 2"])
        #expect(found.hits.first?.excerpt == "Art. 2. Le délai est de [vingt] [jours] ouvrables.")
        // The snippet is the text on that day, not the base text's.
        let delai = try index.search("délai", at: day)
        #expect(delai.hits.map(\.excerpt) == ["Art. 2. Le [délai] est de vingt jours ouvrables."])
        // Before the amendments, the words do not stand together.
        #expect(try index.search("vingt jours", at: LegalDate("2013-06-01")!).hits.isEmpty)
        #expect(try index.search("délai", at: LegalDate("2013-06-01")!).hits.map(\.excerpt) == ["Art. 2. Le [délai] est de trente jours."])
        #expect(found.unexamined == 0 && found.failures.isEmpty)
    }
}
