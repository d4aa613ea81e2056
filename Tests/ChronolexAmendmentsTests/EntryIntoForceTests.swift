import ChronolexAmendments
import ChronolexModel
import Testing

@Suite("Entry into force (field guide, section 5)")
struct EntryIntoForceTests {
    /// Two instructions (art. 1 with 1° and 2°, art. 2), then the entry-into-force article.
    func dates(_ clause: String, publication: String = "2024-01-10") -> (EditsResult, [String: String]) {
        let body = """
        **Article 1er.** A l'article 8 du même arrêté, les modifications suivantes sont apportées :

        1° le § 1er est abrogé;

        2° le § 2 est abrogé.

        **Art. 2.** L'article 9 du même arrêté est abrogé.

        **Art. 3.** \(clause)
        """
        let (result, _) = readAmending(body, publication: publication)
        var map: [String: String] = [:]
        for edit in result.edits {
            switch edit.effective {
            case .date(let d)?: map[edit.source.address] = d.iso + (edit.retroactive ? " retro" : "")
            case .pending(let reason)?: map[edit.source.address] = "pending: " + reason
            case nil: map[edit.source.address] = "none"
            }
        }
        return (result, map)
    }

    @Test("entre en vigueur le …")
    func explicitDate() {
        let (result, map) = dates("Le présent arrêté entre en vigueur le 1er février 2024.")
        #expect(!result.hasErrors)
        #expect(map == ["art. 1, 1°": "2024-02-01", "art. 1, 2°": "2024-02-01", "art. 2": "2024-02-01"])
    }

    @Test("produit ses effets le … (retroactive)")
    func retroactive() {
        let (_, map) = dates("Le présent arrêté produit ses effets le 1er septembre 2023.")
        #expect(map["art. 2"] == "2023-09-01 retro")
    }

    @Test("le jour de sa publication au Moniteur belge")
    func dayOfPublication() {
        let (_, map) = dates("Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.")
        #expect(map["art. 2"] == "2024-01-10")
    }

    @Test("le dixième jour qui suit sa publication")
    func tenthDay() {
        let (_, map) = dates("Le présent arrêté entre en vigueur le dixième jour qui suit sa publication au Moniteur belge.")
        #expect(map["art. 2"] == "2024-01-20")
    }

    @Test("le premier jour du mois qui suit celui de sa publication")
    func firstOfNextMonth() {
        let (_, map) = dates("Le présent arrêté entre en vigueur le premier jour du mois qui suit celui de sa publication au Moniteur belge.", publication: "2024-12-10")
        #expect(map["art. 2"] == "2025-01-01")
    }

    @Test("no entry-into-force article: the tenth day after publication")
    func defaultRule() {
        let (result, _) = readAmending("**Article 1er.** L'article 9 du même arrêté est abrogé.", publication: "2024-01-10")
        #expect(result.edits.first?.effective == .date(LegalDate(year: 2024, month: 1, day: 20)!))
        #expect(result.edits.first?.retroactive == false)
    }

    @Test("à une date fixée par le Gouvernement: pending, with that reason")
    func pending() {
        let (_, map) = dates("Le présent arrêté entre en vigueur à une date fixée par le Gouvernement.")
        #expect(map["art. 2"] == "pending: à une date fixée par le Gouvernement")
    }

    @Test("exceptions name sub-instructions; the rest takes the general date")
    func exceptions() {
        let (result, map) = dates("Le présent arrêté entre en vigueur le 1er mars 2024, à l'exception : 1° du 2° de l'article 1er, qui produit ses effets le 1er octobre 2023; 2° de l'article 2, qui entre en vigueur le 1er juillet 2024.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map == ["art. 1, 1°": "2024-03-01", "art. 1, 2°": "2023-10-01 retro", "art. 2": "2024-07-01"])
    }

    @Test("an exception without a date, given by another article (Corpus 2024)")
    func exceptedThenPending() {
        let body = """
        **Article 1er.** L'article 8 du même arrêté est abrogé.

        **Art. 2.** L'article 9 du même arrêté est abrogé.

        **Art. 3.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge, à l'exception de l'article 2.

        **Art. 4.** L'article 2 entre en vigueur à une date fixée par le Gouvernement.
        """
        let (result, _) = readAmending(body)
        #expect(result.edits.map(\.effective) == [.date(LegalDate(year: 2024, month: 1, day: 10)!), .pending("à une date fixée par le Gouvernement")])
    }

    @Test("the seed's ranges: des 1°, 2°, a) à c), et 3°, a) à c), de l'article 8")
    func ranges() {
        let body = """
        **Article 1er.** A l'article 8 du même arrêté, les modifications suivantes sont apportées :

        1° le § 1er est abrogé;

        2° au § 2, les modifications suivantes sont apportées :

           a) le 1° est abrogé;

           b) le 2° est abrogé;

           c) le 3° est abrogé;

           d) le 4° est abrogé.

        **Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2024, à l'exception : 1° des 2°, d), de l'article 1er, qui produit ses effets le 1er octobre 2023; 2° des 1° et 2°, a) à c), de l'article 1er, qui produisent leurs effets le 1er novembre 2023.
        """
        let (result, _) = readAmending(body)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map { $0.effective?.date?.iso ?? "-" } == ["2023-11-01", "2023-11-01", "2023-11-01", "2023-11-01", "2023-10-01"])
    }

    @Test("an exception that names a sub-instruction that does not exist is an error")
    func missingSubInstruction() {
        let (result, _) = dates("Le présent arrêté entre en vigueur le 1er mars 2024, à l'exception du 3°, b), de l'article 1er, qui produit ses effets le 1er octobre 2023.")
        let errors = result.diagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(errors == ["test.md:18: Art. 3: the entry-into-force clause names art. 1, 3°, b), which does not exist in this act"])
    }
}

/// Entry-into-force phrasings of the arrêtés of 14 December 2023 and 23 May 2024
/// (../shared/corpus/accueil-cg-2014/), made up in the same style.
@Suite("Entry into force (accueil 2023-2024)")
struct AccueilEntryIntoForceTests {
    @Test func exceptionsIntroducedByLesquels() throws {
        let (result, _) = readAmending("""
        **Article 1er.** Dans l'article 5 du même arrêté, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** Dans l'article 6 du même arrêté, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 3.** Le présent arrêté entre en vigueur le 1er janvier 2024, à l'exception de l'article 2, lequel entre en vigueur le 8 janvier 2024.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map { $0.effective?.date?.iso } == ["2024-01-01", "2024-01-08"])
    }

    @Test func theDayOfItsAdoption() throws {
        let (result, _) = readAmending("""
        **Article 1er.** Dans l'article 5 du même arrêté, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** Dans l'article 6 du même arrêté, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 3.** Le présent arrêté produit ses effets le 1er janvier 2023, à l'exception de l'article 2 qui entre en vigueur le jour de son adoption.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        // readAmending dates the act 2024-01-01.
        #expect(result.edits.map { $0.effective?.date?.iso } == ["2023-01-01", "2024-01-01"])
    }

    @Test func anotherActsEntryIntoForceWithAnException() throws {
        let (result, _) = readAmending("""
        **Article 1er.** Dans l'article 5 du même arrêté, le mot « trente » est remplacé par le mot « quarante ».

        **Art. 2.** Le décret du 22 mai 2023 portant création d'un centre entre en vigueur le 1er janvier 2024, à l'exception de l'article 29 qui produit ses effets le 3 juillet 2023.

        **Art. 3.** Le présent arrêté entre en vigueur le 1er janvier 2024.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.fixings.map(\.selectors) == [[], [SourceSelector(article: "29")]])
        #expect(result.fixings.map(\.effective.iso) == ["2024-01-01", "2023-07-03"])
        #expect(result.fixings.allSatisfy { $0.act.kind == .decret && $0.act.date?.iso == "2023-05-22" })
    }
}
