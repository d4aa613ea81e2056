import ChronolexAmendments
import ChronolexModel
import Testing

/// One change in several places (2020200575, art. 17): "dans le § 2, 2°, dans le § 3, 2° et
/// dans le § 4, 3°, les mots …", "dans les §§ 2 et 3, le 1° est à chaque fois abrogé", and a
/// history clause without its comma before the next unit of a list.
@Suite("A change in several places")
struct SeveralPlacesTests {
    /// Each place its own edit, in the order written — it once kept the last place alone,
    /// without a word.
    @Test func placesBesideEachOther() throws {
        let result = edits("A l'article 37 du même arrêté, dans le § 2, 2°, dans le § 3, 2° et dans le § 4, 3°, les mots « dix » sont remplacés par les mots « onze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 37, § 2, 2°", "art. 37, § 3, 2°", "art. 37, § 4, 3°"])
        #expect(result.edits.allSatisfy { $0.words == "dix" && $0.newWords == "onze" })
        let two = edits("A l'article 37 du même arrêté, dans le § 2, 2°, dans le § 3, 2°, les mots « dix » sont remplacés par les mots « onze ».")
        #expect(two.edits.map(\.target.description) == ["art. 37, § 2, 2°", "art. 37, § 3, 2°"])
    }

    /// A place inside the one before stays a narrowing, not a list.
    @Test func aPlaceInsideTheOneBefore() {
        let result = edits("Dans l'article 37 du même arrêté, dans le § 2, le 1° est abrogé.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 37, § 2, 1°"])
    }

    /// The next clause keeps the places of the one before until it names its own.
    @Test func theNextClauseInTheSamePlaces() {
        let same = edits("A l'article 37 du même arrêté, dans le § 2, 2°, et dans le § 4, 3°, les mots « dix » sont remplacés par les mots « onze » et le mot « A » est supprimé.")
        #expect(!same.hasErrors, "\(same.diagnostics)")
        #expect(same.edits.map(\.target.description) == ["art. 37, § 2, 2°", "art. 37, § 4, 3°", "art. 37, § 2, 2°", "art. 37, § 4, 3°"])
        let own = edits("A l'article 37 du même arrêté, dans le § 2, 2°, et dans le § 4, 3°, les mots « dix » sont remplacés par les mots « onze » et dans le § 5, le mot « A » est supprimé.")
        #expect(own.edits.map(\.target.description) == ["art. 37, § 2, 2°", "art. 37, § 4, 3°", "art. 37, § 5"])
        // Clauses each with one place of their own are unchanged.
        let clauses = edits("A l'article 37 du même arrêté, au § 2, le mot « A » est remplacé par le mot « B » et au § 3, le mot « C » est supprimé.")
        #expect(clauses.edits.map(\.target.description) == ["art. 37, § 2", "art. 37, § 3"])
    }

    /// One new text for several places does not say which part goes where.
    @Test func oneNewTextForSeveralPlaces() {
        let result = edits("A l'article 37 du même arrêté, dans le § 2, dans le § 3, l'alinéa 2 est remplacé par ce qui suit : « Le texte. ».")
        #expect(result.hasErrors)
        #expect(result.diagnostics.map(\.message).contains { $0.contains("are given one new text") })
    }

    /// "dans les §§ 2 et 3, le 1° est à chaque fois abrogé": the 1° of each; "à" between
    /// them stays an error (what stands between may have grown since).
    @Test func aUnitInEachOfTwoUnits() {
        let result = edits("A l'article 37 du même arrêté, dans les §§ 2 et 3, le 1° est à chaque fois abrogé.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 37, § 2, 1°", "art. 37, § 3, 1°"])
        #expect(result.edits.allSatisfy { $0.kind == .repeal })
        let range = edits("A l'article 37 du même arrêté, dans les §§ 2 à 3, le 1° est abrogé.")
        #expect(range.hasErrors)
    }

    /// "le 2°, modifié par l'arrêté du … 2017 et le 3° sont abrogés": the history clause,
    /// its comma forgotten, ends before « et le 3° » (it once swallowed the 3°, without a word).
    @Test func aHistoryClauseBeforeTheNextUnitOfAList() throws {
        let result = edits("A l'article 37 du même arrêté, dans le § 1er, le 2°, modifié par l'arrêté du Gouvernement du 21 février 2017 et le 3° sont abrogés.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.target.description == "art. 37, § 1, 2°")
        #expect(edit.target.through == .point(PointLabel(kind: .degree, value: "3")))
        #expect(edit.history == ["modifié par l'arrêté du Gouvernement du 21 février 2017"])
        // The next clause's units, in other §§, do not have it.
        let more = edits("A l'article 37 du même arrêté, dans le § 1er, le 2°, modifié par l'arrêté du Gouvernement du 21 février 2017 et le 3° sont abrogés et dans les §§ 2 et 3, le 1° est à chaque fois abrogé.")
        #expect(!more.hasErrors, "\(more.diagnostics)")
        #expect(more.edits.map(\.target.description) == ["art. 37, § 1, 2°", "art. 37, § 2, 1°", "art. 37, § 3, 1°"])
        #expect(more.edits.map(\.history) == [["modifié par l'arrêté du Gouvernement du 21 février 2017"], [], []])
        // A history clause of the article is every edit's.
        let article = edits("A l'article 37 du même arrêté, modifié par l'arrêté du Gouvernement du 21 février 2017, dans le § 2, 2°, et dans le § 4, 3°, les mots « dix » sont remplacés par les mots « onze ».")
        #expect(article.edits.map(\.history) == [["modifié par l'arrêté du Gouvernement du 21 février 2017"], ["modifié par l'arrêté du Gouvernement du 21 février 2017"]])
    }

    /// "dans le § 1er, 4°, modifié par …, et 6°, dans le § 2, 2°, …" (2020200575, art. 17,
    /// 2°): after a history clause, « et 6° » is a unit beside the 4°, in the same §.
    @Test func aUnitBesideTheOneBeforeAfterAHistoryClause() {
        let result = edits("A l'article 37 du même arrêté, dans le § 1er, 4°, modifié par l'arrêté du Gouvernement du 21 février 2017, et 6°, dans le § 2, 2°, les mots « dix » sont à chaque fois remplacés par les mots « onze ».")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(result.edits.map(\.target.description) == ["art. 37, § 1, 4°", "art. 37, § 1, 6°", "art. 37, § 2, 2°"])
        // The history clause is the 4°'s alone (hand check 3, record 170: every place had it).
        #expect(result.edits.map(\.history) == [["modifié par l'arrêté du Gouvernement du 21 février 2017"], [], []])
        // A unit of another level after « et » is not read as beside the one before.
        let deeper = edits("A l'article 37 du même arrêté, dans le § 1er, 4°, modifié par l'arrêté du Gouvernement du 21 février 2017, et a), les mots « dix » sont remplacés par les mots « onze ».")
        #expect(deeper.hasErrors)
    }
}
