import ChronolexCorpusReport
import Testing

/// The real-corpus report's hand count is matched to what the instruction reader names:
/// an amending article and its points. An instruction in an article's second alinéa, or in
/// its § 2, is the article's (2023040119, art. 14, §§ 1 to 3: three instructions of art. 14,
/// told apart by their lines).
@Suite("The real-corpus report's hand count")
struct CorpusReportTests {
    @Test func aParagraphOrAnAlineaOfTheAmendingArticleIsTheArticles() throws {
        let rows = CountedRow.parse("""
        numac\tsource\tkind\toperation\ttarget\tnote
        2023040119\tart. 14, § 2\tinstruction\tcomplete\tAR, art. 19\t
        2023040119\tart. 4, al. 2, 3°\tinstruction\treplace words\tAR, art. 1\t
        2023040119\tart. 29\texecution\t-\t-\t
        """)
        #expect(rows.map(\.readerSource) == ["art. 14", "art. 4, 3°", "art. 29"])
        #expect(rows.map(\.kind) == [.instruction, .instruction, .execution])
    }
}
