import ChronolexModel
@testable import ChronolexXML
import Foundation
import Testing
@testable import ChronolexDiff

/// The diff page is written straight to the output (`HTMLStream`) instead of through
/// libxml2's tree: these tests build the same pages both ways and compare the bytes — odd
/// characters first (markup, quotes, control characters, NUL, unicode, libxml2's own
/// exceptions), then whole diff pages of generated changes, then real acts.
@Suite("HTML page written as it is made")
struct HTMLStreamTests {

    static let pieces = ["a", "Le ministre", " ", "  ", "<", ">", "&", "\"", "'", "<b>", "&amp;", "&{x}", "&{", "}", "<!--", "-->",
                         "<!-->", "\t", "\n", "\r", "\r\n", "\u{01}", "\u{1F}", "\u{7F}", "\u{0B}", "\0", "é", "è", "€", "—", "«", "»",
                         "\u{00A0}", "\u{202F}", "e\u{0301}", "😀", "🇧🇪", "#", "%", "?", "=", "/", ":", ";", "@", "+", ",", "[", "]",
                         "{", "}", "|", "^", "`", "\\", "~", "*", "(", ")", "!", "-", "_", ".", "art-4", "https://www.ejustice.just.fgov.be/eli/"]

    static func string(_ random: inout Generator, maximum: Int = 8) -> String {
        (0..<Int.random(in: 0...maximum, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }

    /// The same small page of `strings`, in every place a string can stand. Its head
    /// declares UTF-8, as the diff page's does (without it, libxml2 writes other bytes
    /// than ASCII as entities).
    static func page<Node: HTMLParent>(_ root: Node, _ strings: [String]) {
        let head = root.element("head")
        head.element("meta", ["http-equiv": "Content-Type", "content": "text/html; charset=utf-8"])
        head.element("style", text: strings[0])
        let body = root.element("body", ["class": strings[1]])
        body.element("p", ["title": strings[2], "id": strings[3]], text: strings[4])
        let link = body.element("a", ["href": strings[5], "name": strings[6], "data-label": strings[7]])
        link.text(strings[8])
        link.element("br")
        link.text(strings[9])
        let list = body.element("ol")
        list.element("li", text: strings[10])
        list.element("li").element("span", text: strings[11])
        let row = body.element("table").element("tr")
        row.element("td", ["class": "old"], text: strings[12])
        row.element("td", ["class": "new"])
        body.element("section").element("del", text: strings[13])
        body.text(strings[14])
    }

    static func streamed(language: String, _ build: (HTMLStreamElement) -> Void) -> String {
        let sink = OutputSink()
        let stream = HTMLStream(language: language, to: sink)
        build(stream.root)
        stream.finish()
        return sink.text
    }

    static func tree(language: String, _ build: (HTMLElement) -> Void) -> String {
        let document = HTMLDocument(language: language)
        build(document.root)
        return document.serialized()
    }

    @Test func sameBytesAsLibxml2OnOddStrings() {
        var random = Generator(state: 2026)
        for round in 0..<3000 {
            let strings = (0..<15).map { _ in Self.string(&random, maximum: round < 100 ? 2 : 8) }
            let language = Self.string(&random, maximum: 2)
            let streamed = Self.streamed(language: language) { Self.page($0, strings) }
            let tree = Self.tree(language: language) { Self.page($0, strings) }
            #expect(streamed == tree, "\(strings.map(\.debugDescription))")
            if streamed != tree { return }
        }
    }

    /// Text is escaped eight bytes at a time while none of them needs it
    /// (`HTMLEscaping.mayNeedEscaping`): never "no" for a word that holds a byte to escape
    /// or drop, whatever the byte and its place, and "no" for words of plain bytes.
    @Test func wordsThatNeedEscapingAreNeverSkipped() {
        let special: (UInt8) -> Bool = { $0 < 0x20 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }
        for filler in [UInt8(ascii: "a"), 0x20, 0x3F, 0x7F, 0x80, 0xC3, 0xFF] {
            #expect(!HTMLEscaping.mayNeedEscaping(UInt64(filler) &* 0x0101_0101_0101_0101), "filler \(filler)")
            for byte in UInt8.min...UInt8.max where special(byte) {
                for place in 0..<8 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[place] = byte
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    #expect(HTMLEscaping.mayNeedEscaping(word), "byte \(byte) at \(place) among \(filler)")
                }
            }
        }
    }

    @Test func everyPieceAloneInEveryPlace() {
        for piece in Self.pieces {
            let strings = Array(repeating: piece, count: 15)
            #expect(Self.streamed(language: "fr") { Self.page($0, strings) } == Self.tree(language: "fr") { Self.page($0, strings) },
                    "\(piece.debugDescription)")
        }
    }

    // MARK: - Whole diff pages

    static func change(_ random: inout Generator) -> UnitChange {
        let kinds: [UnitChange.Kind] = [.inserted, .repealed, .reestablished, .removed, .changed, .renumbered]
        let levels: [UnitLevel] = [.division, .article, .paragraph, .alinea, .point]
        let operations: [WordEdit.Operation] = [.equal, .delete, .insert]
        let words = (0..<Int.random(in: 0...6, using: &random)).map { _ in
            WordEdit(operations.randomElement(using: &random)!, string(&random) + (Bool.random(using: &random) ? " " : ""))
        }
        let article = Bool.random(using: &random) ? ["1", "2", "4/1", "10bis", string(&random, maximum: 2)].randomElement(using: &random)! : nil
        let attributions = (0..<Int.random(in: 0...2, using: &random)).map { _ in
            Attribution(kind: ActKind.allCases.randomElement(using: &random), date: LegalDate(year: 2020, month: 5, day: 14),
                        citation: Bool.random(using: &random) ? string(&random) : nil, dossier: "2020-05-14/\(Int.random(in: 1...40, using: &random))",
                        title: Bool.random(using: &random) ? string(&random) : nil, numac: Bool.random(using: &random) ? "20202\(Int.random(in: 10...99, using: &random))" : nil,
                        article: string(&random, maximum: 3), effective: Bool.random(using: &random) ? LegalDate(year: 2021, month: 1, day: 1) : nil,
                        publication: Bool.random(using: &random) ? LegalDate(year: 2020, month: 6, day: 2) : nil,
                        eli: Bool.random(using: &random) ? string(&random) : nil)
        }
        return UnitChange(kind: kinds.randomElement(using: &random)!, level: levels.randomElement(using: &random)!,
                          oldAddress: Bool.random(using: &random) ? string(&random, maximum: 3) : nil,
                          newAddress: Bool.random(using: &random) ? string(&random, maximum: 3) : nil,
                          article: article, anchor: Bool.random(using: &random) ? "art-4" : string(&random, maximum: 3),
                          label: string(&random, maximum: 2), old: string(&random), new: string(&random), words: words, attribution: attributions)
    }

    static func diff(_ random: inout Generator) -> ActDiff {
        var metadata = ActMetadata()
        metadata.title = Bool.random(using: &random) ? string(&random) : nil
        metadata.numac = Bool.random(using: &random) ? string(&random, maximum: 2) : nil
        metadata.language = [Language.french, .dutch, .german, nil].randomElement(using: &random)!
        let side = { (random: inout Generator) in
            ActDiff.Side(label: string(&random, maximum: 3), date: Bool.random(using: &random) ? LegalDate(year: 2019, month: 6, day: 1) : nil,
                         file: Bool.random(using: &random) ? string(&random, maximum: 3) : nil)
        }
        return ActDiff(from: side(&random), to: side(&random), metadata: metadata,
                       changes: (0..<Int.random(in: 0...8, using: &random)).map { _ in change(&random) },
                       hasAttribution: Bool.random(using: &random))
    }

    @Test func sameDiffPagesAsLibxml2() {
        var random = Generator(state: 14)
        for _ in 0..<1500 {
            let diffs = (0..<[1, 1, 1, 0, 2, 3].randomElement(using: &random)!).map { _ in Self.diff(&random) }
            for layout in [HTMLDiffRenderer.Layout.inline, .sideBySide] {
                let streamed = HTMLDiffRenderer.render(diffs, layout: layout)
                let tree = HTMLDiffRenderer.renderTree(diffs, layout: layout)
                #expect(streamed == tree)
                if streamed != tree { return }
            }
        }
    }

    @Test func theLibrariesActBothWays() throws {
        for (old, new) in [(libraries2019, libraries2023), (libraries2023, libraries2019)] {
            let diff = try diffOf(old, new)
            #expect(!diff.changes.isEmpty)
            for layout in [HTMLDiffRenderer.Layout.inline, .sideBySide] {
                #expect(HTMLDiffRenderer.render(diff, layout: layout) == HTMLDiffRenderer.renderTree([diff], layout: layout))
                let sink = OutputSink()
                HTMLDiffRenderer.write(diff, layout: layout, to: sink)
                #expect(sink.text == HTMLDiffRenderer.renderTree([diff], layout: layout))
            }
        }
    }

    @Test func emptyArticlesAndEmptyDiffs() throws {
        let old = frontMatter + "**Art. 1er.** \n\n**Art. 2.** Le <ministre> & « l'agent » \"statue\".\n"
        let new = frontMatter + "**Art. 1er.** Le ministre.\n\n**Art. 2.**\n\n**Art. 3.** a < b > c & d.\n"
        for (x, y) in [(old, new), (new, old), (old, old)] {
            let diff = try diffOf(x, y)
            for layout in [HTMLDiffRenderer.Layout.inline, .sideBySide] {
                #expect(HTMLDiffRenderer.render(diff, layout: layout) == HTMLDiffRenderer.renderTree([diff], layout: layout))
            }
        }
        #expect(HTMLDiffRenderer.render([]) == HTMLDiffRenderer.renderTree([]))
    }
}
