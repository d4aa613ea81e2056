import ChronolexModel
import ChronolexReaders
import Foundation
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

/// Look 42: Justel pages that libxml2 read only in part, without a word — tags nested more
/// than 256 deep (libxml2 stopped there: the real Code pénal page stopped in its list of
/// amending acts; 300 `<b>` around an article cut the act after its first heading), and a
/// comment never closed (the rest of the page read as that comment).
@Suite("Look 42: Justel pages read to their end, or not at all")
struct PagesReadToTheirEndTests {
    @Test func tagsNestedDeeperThanLibxml2sDefaultLimit() throws {
        let nested = String(repeating: "<b>", count: 300) + JustelHTMLTests.twoArticles + String(repeating: "</b>", count: 300)
        let page = JustelHTMLTests.oldLayout(text: nested)
        let read = ActReader.read(bytes: Array(page.utf8), file: "nested.html")
        let act = try #require(read.act, "\(read.diagnostics)")
        #expect(act.articles.map(\.number).prefix(2) == ["1", "2"], "\(act.articles.map(\.number))")
        #expect(!read.hasErrors, "\(read.diagnostics)")
    }

    @Test func aCommentNeverClosed() throws {
        let page = JustelHTMLTests.oldLayout(text: JustelHTMLTests.twoArticles).replacingOccurrences(of: "<A name=\"signature\">", with: "<!-- unclosed\n<A name=\"signature\">")
        let read = ActReader.read(bytes: Array(page.utf8), file: "comment.html")
        #expect(read.act == nil)
        let line = page.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<!-- unclosed") }.map { $0 + 1 }
        #expect(read.diagnostics.contains { $0.severity == .error && $0.location?.line == line && $0.message.contains("a comment opened there is never closed") }, "\(read.diagnostics)")
    }
}

/// Look 42: one stray « " » in art. 1 of the Code pénal's Justel page took arts. 2 to
/// 178bis into art. 1 (a quotation closed only by a later mark), and no warning named the
/// quotation. Justel anchors each article heading: a quotation still open there ends before
/// it, said at the line where it opened.
@Suite("Look 42: a stray quotation mark in a Justel page")
struct StrayQuoteInJustelPageTests {
    @Test func theQuotationEndsBeforeTheNextAnchoredHeading() throws {
        let text = JustelHTMLTests.twoArticles.replacingOccurrences(of: "Pour l'application du présent arrêté", with: "Pour l'application &quot; du présent arrêté")
        #expect(text != JustelHTMLTests.twoArticles)
        let read = ActReader.read(bytes: Array(JustelHTMLTests.oldLayout(text: text).utf8), file: "stray.html")
        let act = try #require(read.act, "\(read.diagnostics)")
        let clean = try #require(ActReader.read(bytes: Array(JustelHTMLTests.oldLayout(text: JustelHTMLTests.twoArticles).utf8), file: "clean.html").act)
        #expect(act.articles.map(\.number) == clean.articles.map(\.number))
        #expect(read.diagnostics.contains { $0.severity == .warning && $0.message.contains("quotation opened here is not closed before « Art. 2.") }, "\(read.diagnostics.map(\.message))")
    }
}

/// Look 42: control characters in an act (ESC, BEL, backspace, DEL, C1's CSI) were read as
/// text and printed as they were: a file could set the terminal's title or clear it. Each is
/// read as a space, one byte for one (no position moves), and said once per file; a YAML
/// escape that writes one in the front matter likewise.
@Suite("Look 42: control characters")
struct ControlCharacterTests {
    static let act = "---\ntitle-fr: \"Arrêté royal relatif aux essais\"\ndate: 2010-03-01\nnumber: 2010009001\n---\n\n"
        + "**Article 1er.** Le ministre \u{1B}]0;titre\u{07}est compétent\u{08}\u{7F}.\n\n**Art. 2.** Texte \u{9B}31m rouge.\n"

    @Test func readAsSpacesAndSaid() throws {
        let bytes = Array(Self.act.utf8)
        let read = ActReader.read(bytes: bytes, file: "controls.md")
        let act = try #require(read.act, "\(read.diagnostics)")
        let texts = act.articles.map { $0.alineas.map(\.text).joined() }
        #expect(texts.allSatisfy { !$0.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) } }, "\(texts)")
        #expect(texts[0] == "Le ministre  ]0;titre est compétent  .", "\(texts)")
        let warnings = read.diagnostics.filter { $0.message.contains("control character") }
        #expect(warnings.count == 1 && warnings[0].severity == .warning && warnings[0].location?.line == 7
                && warnings[0].message.hasPrefix("5 control character(s)"), "\(read.diagnostics)")
        // One byte for one: the second article starts where it did.
        #expect(act.articles[1].range?.start.line == 9)
    }

    @Test func aYAMLEscapeInTheFrontMatter() throws {
        let text = "---\ntitle-fr: \"Arrêté royal \\e]0;x\\a relatif aux essais\"\ndate: 2010-03-01\nnumber: 2010009001\n---\n\n**Article 1er.** Le ministre.\n"
        let read = ActReader.read(bytes: Array(text.utf8), file: "yaml.md")
        let act = try #require(read.act, "\(read.diagnostics)")
        #expect(act.metadata.title == "Arrêté royal  ]0;x  relatif aux essais")
        #expect(read.diagnostics.contains { $0.severity == .warning && $0.message.hasPrefix("front matter key 'title-fr': control characters read as spaces") })
    }

    @Test func tabsAndLineEndsAreText() throws {
        let text = "---\r\ntitle-fr: \"Arrêté royal relatif aux essais\"\r\ndate: 2010-03-01\r\n---\r\n\r\n**Article 1er.**\tLe ministre.\r\n"
        let read = ActReader.read(bytes: Array(text.utf8), file: "crlf.md")
        #expect(!read.diagnostics.contains { $0.message.contains("control character") }, "\(read.diagnostics)")
    }
}
