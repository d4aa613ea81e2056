import Foundation
import ChronolexModel
import ChronolexTimeline
import Testing

/// Look 31 (session 34): the `justel` format's marks said false things. Words deleted left the
/// words that remain marked as written by the deleting act (`Art. 4. [1 La température de
/// l'air …]1`); a Justel base lost its own marks and footnotes to the whole article marked
/// by a later act (sequence `001`); a repealed point printed `(...)` without its label or
/// mark, a repealed alinéa no mark at all. Justel prints deleted words and repealed units
/// as `[1 ...]1` where they stood (`3. [1 ...]1`, « volume [10 ...]10 à réserver »:
/// `../shared/corpus/triples-2024`), keeps its marks and numbers the next act after them.
@Suite("Justel marks: deletions, repeals, a Justel base")
struct JustelMarksTests {
    static let base = baseAct("""
    **Article 1er.** Le présent arrêté s'applique aux essais.

    **Art. 2.** Pour l'application du présent arrêté, on entend par :

    1° essai : une épreuve, à savoir :

       a) le test écrit;

       b) le test oral;

    2° ministre : le ministre compétent.

    **Art. 3.** § 1er. Le ministre agrée les essais. Il statue dans les trente jours.

    Le ministre peut retirer l'agrément.

    § 2. La demande est introduite par écrit.

    **Art. 4.** La température de l'eau est d'au moins vingt-six degrés. La température de l'air est d'au moins vingt-huit degrés.

    **Art. 6.** Les infractions sont punies d'une amende de cent euros. L'amende est doublée en cas de récidive.
    """)

    /// The text of `article` in `text`, up to the next article.
    static func article(_ number: String, in text: String) -> String {
        guard let start = text.range(of: "Art. \(number).")?.lowerBound else { return "" }
        let end = text[text.index(after: start)...].range(of: "\nArt. ")?.lowerBound ?? text.endIndex
        return String(text[start..<end])
    }

    static func render(_ amending: String, at day: String = "2021-06-01") throws -> String {
        let fixture = try Fixture(base: base, amending: [OperationTests.amending(amending)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let date = try #require(LegalDate(day))
        return JustelRenderer.render(fixture.timeline.act(at: date), fixture.timeline, at: date)
    }

    @Test func aDeletedFirstSentenceIsMarkedWhereItStood() throws {
        let text = try Self.render("**Art. 1er.** Dans l'article 4 du même arrêté, la première phrase est abrogée.")
        #expect(Self.article("4", in: text) == "Art. 4. [1 ...]1 La température de l'air est d'au moins vingt-huit degrés.\n----------\n(1)<ARR 2020-06-01/01, art. 1, 001; En vigueur : 01-01-2021>\n", "\(text)")
    }

    @Test func aSentenceRepealedByItsWordsIsMarkedWhereItStood() throws {
        let text = try Self.render("**Art. 1er.** Dans l'article 6 du même arrêté, la phrase « L'amende est doublée en cas de récidive. » est abrogée.")
        #expect(Self.article("6", in: text) == "Art. 6. Les infractions sont punies d'une amende de cent euros. [1 ...]1\n----------\n(1)<ARR 2020-06-01/01, art. 1, 001; En vigueur : 01-01-2021>\n", "\(text)")
    }

    @Test func deletedWordsInsideASentence() throws {
        let text = try Self.render("**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, du même arrêté, les mots « dans les trente jours » sont supprimés.")
        #expect(Self.article("3", in: text).hasPrefix("Art. 3. § 1er. Le ministre agrée les essais. Il statue [1 ...]1.\nLe ministre peut retirer l'agrément.\n"), "\(text)")
    }

    @Test func aRepealedPointKeepsItsLabelAndMark() throws {
        let text = try Self.render("**Art. 1er.** Dans l'article 2, 1°, du même arrêté, le b) est abrogé.")
        #expect(Self.article("2", in: text).contains("\n   a) le test écrit;\n   b) [1 ...]1\n2° ministre"), "\(text)")
    }

    @Test func aRepealedAlineaIsMarked() throws {
        let text = try Self.render("**Art. 1er.** Dans l'article 3, § 1er, du même arrêté, le dernier alinéa est abrogé.")
        #expect(Self.article("3", in: text) == "Art. 3. § 1er. Le ministre agrée les essais. Il statue dans les trente jours.\n[1 ...]1\n§ 2. La demande est introduite par écrit.\n----------\n(1)<ARR 2020-06-01/01, art. 1, 001; En vigueur : 01-01-2021>\n", "\(text)")
    }

    @Test func wordsReplacedInAnArticleOfOneAlineaAreMarkedAlone() throws {
        let text = try Self.render("**Art. 1er.** Dans l'article 4 du même arrêté, les mots « vingt-huit » sont remplacés par les mots « vingt-sept ».")
        #expect(Self.article("4", in: text).hasPrefix("Art. 4. La température de l'eau est d'au moins vingt-six degrés. La température de l'air est d'au moins [1 vingt-sept]1 degrés.\n"), "\(text)")
    }

    /// A Justel state keeps its marks and footnotes; the next act's mark is numbered after
    /// them, its sequence after Justel's last (fedris, art. 2: the article became `[1 … ]1`
    /// of the new act, sequence `001`).
    @Test func aJustelBaseKeepsItsMarks() throws {
        let state = justelState(updated: "01-06-2021", """
        **Article 1er.** Le présent arrêté s'applique [1 aux essais publics]1.

        `(1)<ARR 2021-01-10/04, art. 2, 004; En vigueur : 01-02-2021>`

        **Art. 2.** Le ministre agrée les essais [2 du titre 3]2 ou [1 du titre 5]1 dans les trente jours.

        `(1)<ARR 2020-11-10/02, art. 3, 003; En vigueur : 01-12-2020>`

        `(2)<ARR 2021-01-10/04, art. 7, 004; En vigueur : 01-02-2021>`
        """)
        let fixture = try Fixture(base: state, amending: [amendingAct(date: "2022-01-10", published: "2022-01-20", numac: "2022200001", """
        **Article 1er.** Dans l'article 2 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, les mots « dans les trente jours » sont remplacés par les mots « dans les quarante jours ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er février 2022.
        """)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let date = try #require(LegalDate("2022-06-01"))
        let text = JustelRenderer.render(fixture.timeline.act(at: date), fixture.timeline, at: date)
        #expect(Self.article("2", in: text) == """
        Art. 2. Le ministre agrée les essais [2 du titre 3]2 ou [1 du titre 5]1 [3 dans les quarante jours]3.
        ----------
        (1)<ARR 2020-11-10/02, art. 3, 003; En vigueur : 01-12-2020>
        (2)<ARR 2021-01-10/04, art. 7, 004; En vigueur : 01-02-2021>
        (3)<ARR 2022-01-10/01, art. 1, 005; En vigueur : 01-02-2022>

        """, "\(text)")
        // An article no later act changed prints as Justel does.
        #expect(text.contains("Article 1er. Le présent arrêté s'applique [1 aux essais publics]1.\n----------\n(1)<ARR 2021-01-10/04, art. 2, 004; En vigueur : 01-02-2021>\n"), "\(text)")
    }
}
