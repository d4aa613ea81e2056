import ChronolexAmendments
import ChronolexModel
import Testing

@Suite("Entry into force (field guide, section 5)")
struct EntryIntoForceTests {
    /// Two instructions (art. 1 with 1° and 2°, art. 2), then the entry-into-force article.
    func dates(_ clause: String, publication: String = "2024-01-10", starts: String? = nil) -> (EditsResult, [String: String]) {
        let body = """
        **Article 1er.** A l'article 8 du même arrêté, les modifications suivantes sont apportées :

        1° le § 1er est abrogé;

        2° le § 2 est abrogé.

        **Art. 2.** L'article 9 du même arrêté est abrogé.

        **Art. 3.** \(clause)
        """
        let (result, _) = readAmending(body, publication: publication, starts: starts)
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

    /// 2024200971 (and the base act it amends): a Walloon decree and the German-speaking
    /// Community's twin decree. The date is applied; the condition is said, not checked.
    @Test("entre en vigueur le …, pour autant qu'un décret identique …")
    func dateUnderACondition() throws {
        let (result, map) = dates("Le présent arrêté entre en vigueur le 1er mars 2024, pour autant qu'un décret identique adopté par le Parlement de la Communauté germanophone entre également en vigueur à cette date.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map == ["art. 1, 1°": "2024-03-01", "art. 1, 2°": "2024-03-01", "art. 2": "2024-03-01"])
        #expect(result.diagnostics.map(\.message) == ["the act enters into force on the date it gives « pour autant qu'un décret identique adopté par le Parlement de la Communauté germanophone entre également en vigueur à cette date »: a condition Chronolex does not check"])
        let edit = try #require(result.edits.first)
        #expect(edit.notes.contains { $0.hasPrefix("in force on that date « pour autant qu'un décret identique") })
    }

    /// 2023200531, art. 10 (hand check, record 408): « les articles 1,3., 2 et 9 » is the
    /// article 1's point 3, and articles 2 and 9 — it was read as articles 1, 3, 2 and 9,
    /// dating all of article 1 (and article 3) by the exception, without a word.
    @Test("les articles 1,2., … : a point of the article before")
    func aPointNumberedAsAListItem() {
        let (result, map) = dates("Le présent arrêté produit ses effets le 1er juillet 2021.\n\nPar dérogation à l'alinéa 1er, les articles 1,2. et 2 entrent en vigueur le 1er février 2024.", publication: "2024-01-10")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map == ["art. 1, 1°": "2021-07-01 retro", "art. 1, 2°": "2024-02-01", "art. 2": "2024-02-01"])
        // The full stop that ends the sentence is no point.
        let (plain, plainMap) = dates("Le présent arrêté produit ses effets le 1er juillet 2021.\n\nPar dérogation à l'alinéa 1er, les articles 1 et 2 entrent en vigueur le 1er février 2024.", publication: "2024-01-10")
        #expect(!plain.hasErrors, "\(plain.diagnostics)")
        #expect(plainMap == ["art. 1, 1°": "2024-02-01", "art. 1, 2°": "2024-02-01", "art. 2": "2024-02-01"])
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

/// Issue 13: the entry-into-force clauses of real acts, and the clauses that are not
/// instructions (class 4), each as one real act writes it.
extension EntryIntoForceTests {
    @Test("real forms of the date", arguments: [
        ("Cet arrêté entre en vigueur au 1er juillet 2023.", "2023-07-01 retro"),
        ("Le présent arrêté produit ses effets 1er janvier 2024.", "2024-01-01 retro"),
        ("Le présent arrêté entre en vigueur dix jours après la publication du présent arrêté au Moniteur belge.", "2024-01-20"),
        ("Le présent arrêté entre en vigueur six mois après sa publication au Moniteur belge.", "2024-07-10"),
        ("Le présent arrêté entre en vigueur à la date de sa publication au Moniteur belge.", "2024-01-10"),
        ("Le présent arrêté entre en vigueur le premier jour du mois qui suit l'expiration d'un délai de dix jours prenant cours le jour après sa publication au Moniteur belge.", "2024-02-01"),
        ("Le présent arrêté entre en vigueur le premier jour du mois qui suit celui au cours duquel il aura été publié au Moniteur belge.", "2024-02-01"),
        ("Le présent arrêté entre en vigueur le premier jour du mois suivant la date de sa publication au Moniteur belge.", "2024-02-01"),
        ("Le présent décret entre en vigueur à partir de l'année académique 2023-2024.", "pending: à partir de l'année académique 2023-2024"),
        ("Le présent arrêté entre en vigueur le 1er février 2024 et s'applique pour la première fois à l'année de vacances 2024.", "2024-02-01"),
        ("Le présent arrêté et l'article D.167bis du Livre II du Code de l'Environnement entrent en vigueur dix jours après la publication du présent arrêté au Moniteur belge.", "2024-01-20"),
    ])
    func realForms(_ clause: String, _ expected: String) {
        let (result, map) = dates(clause)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map["art. 2"] == expected)
    }

    @Test("exceptions that name points after their article: « l'article 1er, 1° et 2° », « 1), 3) »")
    func pointsAfterTheArticle() {
        let (result, map) = dates("Le présent arrêté entre en vigueur le 1er février 2024, à l'exception de l'article 1er, 2°, qui entre en vigueur le 1er mars 2024.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map == ["art. 1, 1°": "2024-02-01", "art. 1, 2°": "2024-03-01", "art. 2": "2024-02-01"])
        let (other, _) = dates("Par dérogation à l'alinéa 1er, les articles 1, 2 et 9 de la présente loi entrent en vigueur le 1er mars 2024.")
        #expect(other.diagnostics.map(\.message) == ["the entry-into-force clause names art. 9, which does not exist in this act"])
    }

    /// A clause that dates another act's parts, cited otherwise than Chronolex reads, is not
    /// this act's: a warning.
    @Test("parts of another act")
    func partsOfAnotherAct() {
        let (result, map) = dates("Le présent arrêté entre en vigueur le 1er février 2024.\n\nL'article D.396, 2°, du Livre II du Code de l'Environnement entre en vigueur six mois après la publication du présent arrêté au Moniteur belge.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map["art. 2"] == "2024-02-01")
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test("clauses that are not instructions", arguments: [
        // The competence clause, and execution by several ministers: said nowhere.
        ("La présente loi règle une matière visée à l'article 74 de la Constitution.", [String]()),
        ("Le présent arrêté règle, en application de l'article 138 de la Constitution, une matière visée à l'article 128.", []),
        ("Le ministre qui a l'Emploi dans ses attributions, le ministre qui a les Finances dans ses attributions et le ministre qui a les Affaires sociales dans ses attributions sont chargés, chacun en ce qui le concerne, de l'exécution du présent arrêté.", []),
        // A provision of the act itself: a warning, never an error.
        ("Aucune amende administrative ne peut être infligée en cas de non-respect des obligations pendant l'année 2024.",
         ["warning: Art. 1: not an amending instruction but a provision of this act («Aucune amende administrative ne peut êtr…»): not applied to any text"]),
        ("Dans le cas d'une scission de fonction, le membre du personnel du pouvoir organisateur concerné est réputé nommé dans chacune des fonctions.",
         ["warning: Art. 1: not an amending instruction but a provision of this act («Dans le cas d'une scission de fonction, …»): not applied to any text"]),
    ])
    func notInstructions(_ text: String, _ expected: [String]) {
        let (result, _) = readAmending("**Article 1er.** \(text)")
        #expect(result.edits.isEmpty)
        #expect(result.diagnostics.map { $0.description.replacingOccurrences(of: "test.md:10: ", with: "") } == expected)
    }
}

/// Hand check 15, outside the draw (2023040026): « Le présent décret entre en vigueur à partir
/// de l'année académique 2023-2024 » gives no day; the front matter's `starts:` (Justel's)
/// does, and is taken, said. A clause that names some articles only stays pending.
extension EntryIntoForceTests {
    @Test func aWholeActsClauseWithoutADayTakesTheFrontMattersDate() {
        let (result, map) = dates("Le présent décret entre en vigueur à partir de l'année académique 2023-2024.", starts: "2024-09-14")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map["art. 2"] == "2024-09-14")
        #expect(result.diagnostics.map(\.description) == ["test.md:19: warning: Art. 3: its entry into force « à partir de l'année académique 2023-2024 » is not a day: the front matter's 'starts: 2024-09-14' taken"])
        #expect(result.edits.allSatisfy { $0.notes.contains("its entry into force « à partir de l'année académique 2023-2024 » is not a day: the front matter's 'starts: 2024-09-14' taken") })
        // The clause of some articles only: pending, whatever the front matter says.
        let (some, other) = dates("Le présent arrêté entre en vigueur le 1er février 2024.\n\nL'article 2 entre en vigueur à partir de l'exercice comptable 2025.", starts: "2024-02-01")
        #expect(!some.hasErrors, "\(some.diagnostics)")
        #expect(other["art. 2"] == "pending: à partir de l'exercice comptable 2025")
    }
}
