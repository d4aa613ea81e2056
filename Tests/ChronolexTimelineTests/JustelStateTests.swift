import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing

/// A Justel consolidation is the act's state on its update date: before the dates of its
/// footnotes, what it can tell and what it cannot (issue 17, point 1).
@Suite("The time bounds of a Justel state")
struct JustelStateTests {
    /// A Justel state of 1 June 2022 of an arrêté in force from 1 April 2020: art. 1
    /// untouched; art. 2 changed in 2021 (Justel does not say how); art. 3 given a point
    /// and words by insertions of 2021; art. 4 inserted whole in 2022; art. 5 repealed in
    /// 2021; Chapitre 2 inserted in 2022 around art. 4 and 5; a change in force on a date
    /// after the state (2023).
    static let state = justelState(updated: "01-06-2022", """
    **Article 1er.** Le ministre agrée les essais.

    **Art. 2.** Le délai est de [1 quarante]1 jours.

    `(1)<AGW 2021-01-14/03, art. 1, 002; En vigueur : 01-02-2021>`

    **Art. 3.** Sont agréés :

    1° les essais cliniques;

    [1 2° les essais de terrain;]1

    3° les essais [2 simulés et]2 les essais numériques.

    `(1)<Inséré par AGW 2021-01-14/03, art. 2, 002; En vigueur : 01-02-2021>`

    `(2)<Inséré par AGW 2022-05-05/07, art. 1, 003; En vigueur : 15-05-2022>`

    ## [1 CHAPITRE 2. - Dispositions nouvelles]1

    `(1)<Inséré par AGW 2022-05-05/07, art. 2, 003; En vigueur : 15-05-2022>`

    **Art. 4.** [1 Le ministre publie la liste des essais.]1

    `(1)<Inséré par AGW 2022-05-05/07, art. 3, 003; En vigueur : 15-05-2022>`

    **Art. 5.** [1 (...)]1

    `(1)<Abrogé par AGW 2021-01-14/03, art. 3, 002; En vigueur : 01-02-2021>`

    **Art. 6.** Le rapport est annuel et [1 public]1.

    `(1)<AGW 2022-05-05/07, art. 4, 003; En vigueur : 01-01-2023>`
    """)

    static func consolidated() throws -> Consolidated {
        let workspace = Workspace(texts: [("justel.md", state)])
        return try workspace.consolidated(act: nil).get()
    }

    static func text(_ consolidated: Consolidated, _ article: String, _ date: String) -> String? {
        guard let date = LegalDate(date), let version = consolidated.timeline.article(article, at: date) else { return nil }
        return TextRenderer.render(version.article)
    }

    @Test func anUntouchedArticleIsKnownFromTheStart() throws {
        let c = try Self.consolidated()
        #expect(Self.text(c, "1", "2020-04-01") == "Article 1er. Le ministre agrée les essais.\n")
        #expect(c.timeline.article("1", at: LegalDate("2020-04-01")!)?.gap == nil)
    }

    @Test func aChangeJustelDoesNotSpellOutMakesTheEarlierTextUnknown() throws {
        let c = try Self.consolidated()
        let early = try #require(c.timeline.article("2", at: LegalDate("2020-06-01")!))
        #expect(early.article.status == .unknown)
        let gap = try #require(early.gap)
        #expect(gap.message == "the text of art. 2 before 2021-02-01 is not in the input: Justel's state of 2022-06-01 shows it as changed by AGW 2021-01-14/03, art. 1 (in force 2021-02-01); give an earlier version of the act or the act as published")
        #expect(Self.text(c, "2", "2020-06-01")?.contains("quarante") == false)
        #expect(Self.text(c, "2", "2021-02-01") == "Art. 2. Le délai est de quarante jours.\n")
        // A repeal hides what was repealed: unknown before it, too.
        #expect(c.timeline.article("5", at: LegalDate("2020-06-01")!)?.gap?.changes.first?.verb == "Abrogé par")
    }

    @Test func wordsAndUnitsInsertedLaterAreTakenOut() throws {
        let c = try Self.consolidated()
        #expect(Self.text(c, "3", "2020-06-01") == "Art. 3. Sont agréés :\n1° les essais cliniques;\n3° les essais les essais numériques.\n")
        #expect(Self.text(c, "3", "2021-06-01") == "Art. 3. Sont agréés :\n1° les essais cliniques;\n2° les essais de terrain;\n3° les essais les essais numériques.\n")
        #expect(Self.text(c, "3", "2022-05-15") == "Art. 3. Sont agréés :\n1° les essais cliniques;\n2° les essais de terrain;\n3° les essais simulés et les essais numériques.\n")
        guard case .withoutInsertions(let notes)? = c.timeline.article("3", at: LegalDate("2020-06-01")!)?.origin else {
            Issue.record("art. 3 before 2021 should be the state without its insertions")
            return
        }
        #expect(notes.map(\.number) == [1, 2])
    }

    @Test func anArticleInsertedLaterIsAbsentAndSoIsItsDivision() throws {
        let c = try Self.consolidated()
        #expect(c.timeline.article("4", at: LegalDate("2022-05-14")!) == nil)
        #expect(Self.text(c, "4", "2022-05-15") == "Art. 4. Le ministre publie la liste des essais.\n")
        let before = c.timeline.act(at: LegalDate("2022-05-14")!)
        #expect(!before.body.contains { if case .division = $0 { true } else { false } })
        #expect(before.articles.map(\.number) == ["1er", "2", "3", "5", "6"])
        let after = c.timeline.act(at: LegalDate("2022-05-15")!)
        #expect(after.body.contains { if case .division(let d) = $0 { d.citation == "Chapitre 2" } else { false } })
        #expect(c.timeline.gaps(at: LegalDate("2022-05-15")!).map(\.article) == ["6"])
    }

    /// A change in force after the state's date: the text before it is unknown too.
    @Test func aChangeInForceAfterTheStateDate() throws {
        let c = try Self.consolidated()
        #expect(c.timeline.gaps(at: LegalDate("2022-12-31")!).map(\.article) == ["6"])
        #expect(c.timeline.gaps(at: LegalDate("2023-01-01")!).isEmpty)
    }

    /// The errors are scoped: asking for art. 1 on a date before the changes is no error;
    /// asking for the whole act, or art. 2, is.
    @Test func errorsConcernTheArticlesWhoseTextIsMissing() throws {
        let c = try Self.consolidated()
        let date = LegalDate("2020-06-01")!
        #expect(!c.failed(article: "1", at: [date]))
        #expect(c.failed(article: "2", at: [date]))
        #expect(c.failed(at: [date]))
        #expect(!c.failed(at: [LegalDate("2023-01-01")!]))
        let report = c.report(keepGoing: false, at: [date])
        #expect(report.map { "\($0.location?.line ?? 0): \($0.message.prefix(28))" } == [
            "12: the text of art. 2 before 20", "36: the text of art. 5 before 20", "40: the text of art. 6 before 20",
        ])
    }

    @Test func historySaysWhereEachVersionComesFrom() throws {
        let c = try Self.consolidated()
        let entries = try c.history(article: "3").get()
        let headers = HistoryRenderer.text(entries, base: c.base).split(separator: "\n").filter { $0.hasPrefix("20") }
        #expect(headers == [
            "2020-04-01 – 2021-01-31  Justel's state of 2022-06-01 (justel.md), without the words inserted by AGW 2021-01-14/03, art. 2 (in force 2021-02-01) and AGW 2022-05-05/07, art. 1 (in force 2022-05-15)",
            "2021-02-01 – 2022-05-14  Justel's state of 2022-06-01 (justel.md), without the words inserted by AGW 2022-05-05/07, art. 1 (in force 2022-05-15)",
            "2022-05-15 – …  Justel's state of 2022-06-01 (justel.md)",
        ])
    }

    /// A text with Justel's footnotes but no update date is bounded by them all the same;
    /// an act as published (no footnotes) has no bound.
    @Test func withoutAnUpdateDateAndAsPublished() throws {
        let undated = Self.state.replacingOccurrences(of: " (NOTE : Consultation des versions antérieures à partir du 10-03-2020 et mise à jour au 01-06-2022)", with: "")
        let c = try Workspace(texts: [("undated.md", undated)]).consolidated(act: nil).get()
        #expect(c.timeline.justelState == LegalDate("2023-01-01"))
        #expect(c.timeline.gaps(at: LegalDate("2020-06-01")!).map(\.article) == ["2", "5", "6"])
        let published = try Workspace(paths: [Paths.corpus + "/2015-bibliotheques.md"]).consolidated(act: nil).get()
        #expect(published.timeline.justelState == nil)
        #expect(published.timeline.gaps(at: published.timeline.start).isEmpty)
    }
}
