@testable import ChronolexAmendments
import ChronolexModel
import Foundation
import Testing

/// Compact JSON keeps the members that edits repeat (`"file"`, `"amendingAct"`, `"act"`)
/// and copies them while they stay the same (`EditRenderer.Repeats`): the bytes must be those
/// of each edit written alone, whenever the amending act or the target act changes.
@Suite("Edits' JSON: repeated members")
struct EditJSONRepeatsTests {
    /// The edits of Corpus/'s amending acts, one act after the other (two target acts,
    /// seven amending acts), then with a few changed: a copy of the amending act with
    /// another numac, an edit without target act, the first edits again.
    static func edits() -> [Edit] {
        var edits: [Edit] = []
        for file in CorpusTests.amendingFiles {
            edits += readFile(CorpusTests.corpus + "/" + file).0.edits
        }
        var changed = edits[0]
        changed.source.act.numac = "2099999999"
        var unnamed = edits[1]
        unnamed.targetAct = nil
        return edits + [changed, edits[0], unnamed, edits[1], changed, changed] + edits.prefix(3)
    }

    /// The edits as `EditRenderer.json` writes them, each edit by the public
    /// `write(_:to:)`, which keeps nothing from one edit to the next.
    static func alone(_ edits: [Edit]) -> [UInt8] {
        let sink = OutputSink()
        var writer = JSONWriter(sink: sink, pretty: false)
        writer.beginObject()
        writer.member("schema", "chronolex.edits/1")
        writer.key("edits")
        writer.beginArray()
        for edit in edits { EditRenderer.write(edit, to: &writer) }
        writer.endArray()
        writer.endObject()
        sink.write(byte: UInt8(ascii: "\n"))
        return sink.bytes
    }

    @Test func compactJSONIsEachEditWrittenAlone() throws {
        let edits = Self.edits()
        #expect(Set(edits.map(\.source.act.numac)).count >= 8)
        #expect(Set(edits.compactMap(\.targetAct?.numac)).count >= 2)
        let sink = OutputSink()
        EditRenderer.json(edits, to: sink, pretty: false, batch: Int.max)
        #expect(sink.bytes == Self.alone(edits))
        // On two threads, each batch keeping its own.
        let two = OutputSink()
        EditRenderer.json(edits, to: two, pretty: false, batch: 5)
        #expect(two.bytes == sink.bytes)
        // The changed numac is written where the changed edits stand, and only there.
        let text = String(decoding: sink.bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "\"numac\":\"2099999999\"").count - 1 == 3)
    }

    @Test func prettyJSONSaysTheSame() throws {
        let edits = Self.edits()
        let compact = OutputSink(), pretty = OutputSink()
        EditRenderer.json(edits, to: compact, pretty: false, batch: Int.max)
        EditRenderer.json(edits, to: pretty, pretty: true, batch: Int.max)
        let a = try JSONSerialization.jsonObject(with: Data(compact.bytes)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty.bytes)) as? NSDictionary
        #expect(a != nil && a == b)
    }
}
