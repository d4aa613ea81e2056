import ChronolexModel
import ChronolexReaders
import Testing

/// Look 42 (a robustness probe): an article numbered past what an `Int` holds
/// (« Art. 99999999999999999999. ») trapped in the ordering of article numbers: every
/// command that read the act died with signal 4 and nothing on stderr, and one such file in
/// a folder took `consolidate` of another act, `index` and `serve` down with it.
@Suite("Look 42: article numbers too long for an integer")
struct HugeArticleNumberTests {
    @Test(arguments: ["99999999999999999999", "9223372036854775808", "5/999999999999999999999"])
    func markdown(_ number: String) throws {
        let text = """
        ---
        title-fr: "Arrêté royal relatif aux essais"
        date: 2010-03-01
        number: 2010009001
        ---

        **Article 1er.** Le ministre est compétent.

        **Art. \(number).** Le texte.
        """
        let read = ActReader.read(bytes: Array(text.utf8), file: "huge.md")
        let act = try #require(read.act, "\(read.diagnostics)")
        #expect(act.articles.map(\.number) == ["1er", number])
    }

    @Test func plainText() throws {
        let text = "10 MARS 2010. - Arrêté royal relatif aux essais\n\nArticle 1er. Le ministre est compétent.\n\nArt. 99999999999999999999. Le texte.\n"
        let read = ActReader.read(bytes: Array(text.utf8), file: "huge.txt")
        let act = try #require(read.act, "\(read.diagnostics)")
        #expect(act.articles.count == 2)
    }
}
