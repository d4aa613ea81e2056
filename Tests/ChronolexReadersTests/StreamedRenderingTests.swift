import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// Issue 14: each renderer writing to a file descriptor through a 64 KB sink gives the bytes
/// it gives collected in memory; the JSON written from the tree is its value's JSON.
@Suite("Renderers streamed to a sink")
struct StreamedRenderingTests {
    static func streamed(_ body: (OutputSink) -> Void) -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-stream-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        do {
            let sink = OutputSink(descriptor: descriptor)
            body(sink)
            sink.flush()
        }
        close(descriptor)
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    /// The example acts, and one of them repeated until its output spans many buffers.
    static func acts() throws -> [Act] {
        var acts: [Act] = []
        for path in Paths.corpusActs {
            if let act = ActReader.read(path: path).act { acts.append(act) }
        }
        var large = try #require(acts.first)
        let body = large.body
        for _ in 0..<40 { large.body += body }
        return acts + [large]
    }

    @Test func everyRendererStreamsWhatItCollects() throws {
        for act in try Self.acts() {
            #expect(Self.streamed { OutlineRenderer.render(act, to: $0) } == Array(OutlineRenderer.render(act).utf8))
            #expect(Self.streamed { OutlineRenderer.render(act, excerptLength: 0, to: $0) } == Array(OutlineRenderer.render(act, excerptLength: 0).utf8))
            #expect(Self.streamed { TextRenderer.render(act, to: $0) } == Array(TextRenderer.render(act).utf8))
            #expect(Self.streamed { MarkdownRenderer.render(act, to: $0) } == Array(MarkdownRenderer.render(act).utf8))
            #expect(Self.streamed { JSONRenderer().render(act, to: $0) } == Array(JSONRenderer().render(act, pretty: false).utf8))
        }
    }

    @Test func actJSONFromTheTreeIsTheValuesJSON() throws {
        for act in try Self.acts() {
            for renderer in [JSONRenderer(), JSONRenderer(includeRanges: false)] {
                let value = renderer.value(act)
                #expect(renderer.render(act, pretty: true) == value.serialized(pretty: true) + "\n")
                let compact = renderer.render(act, pretty: false)
                #expect(compact == value.serialized(pretty: false) + "\n")
                let a = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSDictionary
                let b = try JSONSerialization.jsonObject(with: Data(renderer.render(act, pretty: true).utf8)) as? NSDictionary
                #expect(a != nil && a == b)
            }
        }
    }

    /// The outline's excerpt as it was written before its UTF-8 fast path: the first 60
    /// characters of the text joined whole, cut at a line, trimmed, with "…".
    static func referenceExcerpt(_ text: String, _ length: Int = 60) -> String {
        let head = text.prefix(length + 1)
        if let newline = head.firstIndex(of: "\n") { return String(head[..<newline]) }
        if head.count <= length { return String(head) }
        return head.prefix(length).trimmingSpaces + "…"
    }

    @Test func outlineExcerptsOfEveryKindOfText() throws {
        let pieces = ["", " ", "é", "e\u{301}", "👩‍👩‍👧", "🇧🇪", "a\r\nb", "\u{A0}", "\u{202F}", "« quoted »", "l’article", "x\ny",
                      "—", "\u{200D}", "한국어", "\t", "ǅ", "ʰ", "…"]
        var texts: [[String]] = [[], [""], ["", ""]]
        var seed: UInt64 = 42
        for n in 0..<400 {
            var sentences: [String] = []
            for _ in 0..<(n % 4 + 1) {
                var words = ""
                for _ in 0..<(n % 37 + 1) {
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    let k = Int(seed >> 33)
                    words += k % 3 == 0 ? pieces[k % pieces.count] : String(repeating: "ab ", count: k % 7)
                }
                sentences.append(words)
            }
            texts.append(sentences)
        }
        for sentences in texts {
            let alinea = Alinea(sentences: sentences.map { Sentence($0) })
            let point = Point(label: PointLabel(kind: .degree, value: "1"), sentences: sentences.map { Sentence($0) })
            // Article 1: the alinéa's words; article 2: an empty alinéa, then a point's label and words.
            let act = Act(body: [
                .article(Article(number: "1", paragraphs: [Paragraph(number: nil, alineas: [alinea, Alinea(sentences: [Sentence("second")])])])),
                .article(Article(number: "2", paragraphs: [Paragraph(number: nil, alineas: [Alinea(points: [point])])])),
            ])
            let joined = sentences.joined(separator: " ")
            func line(_ address: String, _ text: String) -> String {
                let excerpt = Self.referenceExcerpt(text)
                return address + (excerpt.isEmpty ? "" : "\t" + excerpt) + "\n"
            }
            let expected = line("art. 1", joined) + line("art. 1, al. 1", joined) + line("art. 1, al. 2", "second")
                + line("art. 2", "1° " + joined) + line("art. 2, 1°", joined)
            #expect(OutlineRenderer.render(act) == expected, "\(sentences)")
        }
    }
}
