import ChronolexModel
import ChronolexXML
import Foundation
import Testing
@testable import ChronolexReaders

/// A page read as libxml2 parses it (`HTMLPage.stream`) against the walk of the tree the
/// same parser builds (`HTMLPage.walk`): the same events, texts and lines, on the real
/// pages, on hostile markup and on thousands of generated pages; and the Justel reader's
/// text the same either way.
@Suite("HTML pages streamed, no tree")
struct StreamedPageTests {
    /// SplitMix64: the same draws on every run.
    struct Draws: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The attributes each opening records.
    static let attributes = ["name", "id", "href", "title", "class", "style", "lang", "charset", "content", "http-equiv", "b"]

    /// Records every event as a line; skips what the Justel reader skips, and every
    /// seventh element besides (to try skipping inside anything).
    struct Recorder {
        var lines: [String] = []
        var opened = 0

        mutating func handle(_ event: HTMLPage.Event) -> HTMLPage.Descent {
            switch event {
            case .open(let element):
                opened += 1
                let attributes = StreamedPageTests.attributes.compactMap { name in element.attribute(name).map { "\(name)=\($0.debugDescription)" } }
                lines.append("open \(element.name) @\(element.line) \(attributes.joined(separator: " "))")
                let skip = element.isNamed("script") || element.isNamed("style") || element.isNamed("head") || opened % 7 == 0
                return skip ? .skip : .children
            case .close(let element):
                lines.append("close \(element.name) @\(element.line)")
                return .children
            case .text(let bytes, let line):
                lines.append("text @\(line) " + String(decoding: bytes, as: UTF8.self) + " \(bytes.count) \(bytes.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 })")
                return .children
            }
        }
    }

    /// The events of the tree's walk, and of the stream (nil when the stream leaves the
    /// page to the tree).
    static func events(_ bytes: [UInt8], _ encoding: HTMLPage.Encoding) throws -> (tree: [String], stream: [String]?) {
        var tree = Recorder()
        try HTMLPage(bytes: bytes, encoding: encoding).walk { tree.handle($0) }
        var stream = Recorder()
        let streamed = try HTMLPage.stream(bytes: bytes, encoding: encoding) { stream.handle($0) }
        return (tree.lines, streamed ? stream.lines : nil)
    }

    /// The Justel reader's text, lines and metadata, made comparable.
    static func summary(_ page: JustelHTMLReader.Page) -> String {
        [String(decoding: page.text, as: UTF8.self), "\(page.pageLines)", "\(page.articleLines)", "\(page.divisionLines.sorted())",
         "\(page.titleLines)", "\(page.preamble.map { "\($0.line) \($0.text)" })", page.eli ?? "-"].joined(separator: "\n--\n")
    }

    /// The events agree, and the Justel reader reads the same page from either.
    static func expectSame(_ bytes: [UInt8], _ encoding: HTMLPage.Encoding, mayNeedTree: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        // A page libxml2 cannot read is as unreadable streamed.
        guard (try? HTMLPage(bytes: bytes, encoding: encoding)) != nil else {
            #expect(throws: HTMLPage.Failure.self, sourceLocation: sourceLocation) { try JustelHTMLReader.extract(bytes: bytes, encoding: encoding) }
            return
        }
        let (tree, stream) = try events(bytes, encoding)
        if let stream {
            #expect(stream == tree, "\(String(decoding: bytes.prefix(300), as: UTF8.self).debugDescription)", sourceLocation: sourceLocation)
            if stream != tree, let k = zip(stream, tree).firstIndex(where: { $0 != $1 }) {
                Issue.record("first difference at event \(k): stream \(stream[k]) — tree \(tree[k])", sourceLocation: sourceLocation)
            }
        } else {
            #expect(mayNeedTree, "the stream left the page to the tree", sourceLocation: sourceLocation)
        }
        let fromTree = JustelHTMLReader.extract(try HTMLPage(bytes: bytes, encoding: encoding))
        let streamed = try JustelHTMLReader.extract(bytes: bytes, encoding: encoding)
        #expect(summary(streamed) == summary(fromTree), sourceLocation: sourceLocation)
    }

    @Test(arguments: ["justel-html/strafwetboek_fr.justel-old-layout.html", "justel-html/strafwetboek_nl.justel-old-layout.html",
                      "fedris-ar-2007/2007022782.v004-2018.justel-old-layout.html", "fedris-ar-2007/2007022782.v005-2024.justel-2024-layout.html"])
    func theRealPages(_ path: String) throws {
        let url = Paths.shared.appendingPathComponent("corpus").appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        let bytes = Array(data)
        try Self.expectSame(bytes, .utf8, mayNeedTree: false)
        try Self.expectSame(bytes, .declared, mayNeedTree: false)
        // The page cut short anywhere: unclosed elements, a tag or an entity cut in two.
        var random = Draws(state: UInt64(bytes.count))
        for _ in 0..<(bytes.count > 200_000 ? 2 : 6) {
            let cut = Int.random(in: 1..<bytes.count, using: &random)
            try Self.expectSame(Array(bytes[..<cut]), .utf8)
        }
    }

    /// Markup as browsers forgive it, and as a page should not be written.
    static let hostile: [String] = [
        "<html><body>a<!-- c -->b<?pi x?>c&amp;d&eacute;&#233;&#x41;&unknown;e</body></html>",
        "text before any element<p>one<p>two<div>three</p>four</div>",
        "<html><head><title>t</title><script>if (a < b) { x = \"</div>\"; }</script><style>p { }</style></head><body>x</body></html>",
        "<table>  <tr>  <td> a </td>  <td>b</td>  </tr>\n  <tr><th>c</th></tr> </table>  <br> <br/>\n\n<b> </b> <i>x</i> ",
        "<A NAME='Art.1'>Art.</A> <A HREF='#Art.2'>1</A>.Texte<BR>&nbsp;&nbsp;<a name>empty</a><a name=\"\">blank</a><a name=x name=y>twice</a>",
        "<div id=list-title-3><h2>Texte</h2><div>Art. 1. X.<br>Suite</div></div><DIV ID='LIST-TITLE-1'>T</DIV>",
        "<html><body>inside</body></html>after the end",
        "<html><body>inside</body></html><p>an element after the end</p>",
        "<!DOCTYPE html><html><body>x</body></html><!-- end -->\n",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body>  <p> x </p>  </body></html>",
        "<html><body><b><i>misnested</b></i> <font><table><tr><td>cell<font>more</td></tr></table></font></body></html>",
        "<html><body><![CDATA[not cdata in html]]> x <!DOCTYPE again> y</body></html>",
        "<p>" + String(repeating: "long text with no end ", count: 400) + "</p>",
        String(repeating: "<br>\n", count: 70_000) + "<p>far down</p><a name='Art.3'>x</a>",
        "<html><body><div>a\r\nb\rc\td\u{0}e</div></body></html>",
        "<html><body><noscript><p>n</p></noscript><select><option>o<option>p</select><textarea>t<b>x</b></textarea></body></html>",
        "<html><body><p>x</body><body>y</body></html><html>z</html>",
        "<html><frameset><frame src=x></frameset></html>",
        "<html><body><ul><li>1<li>2</ul><dl><dt>a<dd>b</dl><h1>h<h2>i</h1></h2><pre>\n p r e </pre></body></html>",
        "<",
        "<>",
        "</p>",
        "&",
        " ",
        "<html lang=fr><HEAD><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=iso-8859-1\"></HEAD><BODY>caf\u{E9}</BODY></HTML>",
    ]

    @Test func hostileMarkup() throws {
        for page in Self.hostile {
            try Self.expectSame(Array(page.utf8), .utf8)
            try Self.expectSame(Array(page.utf8), .declared)
        }
        // Latin-1 bytes, read in the declared (or default) encoding.
        let latin1: [UInt8] = Array("<html><head><meta charset=iso-8859-1></head><body>caf".utf8) + [0xE9, 0x20, 0xA0, 0xAB] + Array("</body></html>".utf8)
        try Self.expectSame(latin1, .declared)
    }

    @Test func generatedPages() throws {
        var random = Draws(state: 31)
        let pieces = ["<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<p>", "</p>", "<div>", "</div>", "<div id=list-title-3>",
                      "<div id='list-title-1'>", "<h2>", "</h2>", "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>",
                      "<br>", "<BR>", "<a name='Art.2'>", "<A NAME=\"texte\">", "<a name=titre>", "<a name='LNK0003'>", "</a>", "<b>", "</b>",
                      "<font color=red>", "</font>", "<sup>", "</sup>", "<script>var x = '<p>';</script>", "<style>b{}</style>", "<!-- c -->",
                      "<?php x ?>", "<!DOCTYPE html>", "<li>", "<ul>", "</ul>", "<noscript>", "</noscript>", "<title>", "</title>",
                      "Art. 2.", " ", "  ", "\n", "\t", "&nbsp;", "&amp;", "&lt;", "&#233;", "&bogus;", "é", "[1 ", "]1", "texte", "<", ">",
                      "\u{A0}", "<p id=x id=y>", "<a name>", "<span title='t'>", "</span>", "<frame>", "<input value=1>"]
        for _ in 0..<3_000 {
            let page = (0..<Int.random(in: 0...40, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            try Self.expectSame(Array(page.utf8), .utf8)
        }
    }
}
