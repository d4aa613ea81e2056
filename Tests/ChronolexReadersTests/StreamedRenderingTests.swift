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
}
