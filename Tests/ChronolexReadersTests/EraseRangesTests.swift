import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// `Act.eraseRanges()` changes the units in place: the act it leaves is the one the
/// rewriter that erases every position gives.
@Suite("Positions erased in place, as the rewriter erases them")
struct EraseRangesTests {
    static func expectSameAsRewriter(_ act: Act, _ name: String) {
        var erasing = RangeRewriter.erasing
        let rewritten = erasing.rewrite(act)
        var inPlace = act
        inPlace.eraseRanges()
        #expect(inPlace == rewritten, "\(name)")
        #expect(dump(inPlace) == dump(rewritten), "\(name)")
    }

    @Test("every act of the corpus")
    func corpus() throws {
        #expect(!Paths.corpusActs.isEmpty)
        for path in Paths.corpusActs {
            guard let act = ActReader.read(path: path).act else { continue }
            #expect(act.articles.contains { $0.range != nil })
            Self.expectSameAsRewriter(act, path)
        }
    }

    @Test("divisions, lines, points and footnotes")
    func units() throws {
        let act = try readAct("""
        ---
        title-fr: "Loi de test"
        date: 2024-01-01
        ---

        Vu la Constitution;

        ## CHAPITRE Ier. - Dispositions générales

        ### Section 1re. - Objet

        **Article 1er.** § 1er. Le texte. Une autre phrase.

        1° le premier point;

        a) un sous-point;

        2° le second.

        § 2. Le second paragraphe.

        **Art. 2.** Le dernier.
        """)
        var erased = act
        erased.eraseRanges()
        #expect(erased.articles.allSatisfy { $0.range == nil && $0.alineas.allSatisfy { $0.range == nil && $0.sentences.allSatisfy { $0.range == nil } } })
        #expect(erased.preamble.allSatisfy { $0.range == nil })
        Self.expectSameAsRewriter(act, "test act")
    }
}
