import ChronolexModel
import Foundation
import Testing

/// Issue 14: renderers write to a buffered sink; what reaches a file descriptor in chunks is
/// what a collecting sink keeps, and compact JSON is the same value as the indented one.
@Suite("Output sink and JSON writer")
struct OutputSinkTests {
    /// A sink on a pipe, read back whole.
    static func streamed(_ body: (OutputSink) -> Void) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-sink-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(descriptor >= 0)
        do {
            let sink = OutputSink(descriptor: descriptor)
            body(sink)
            sink.flush()
            #expect(!sink.failed)
        }
        close(descriptor)
        return [UInt8](FileManager.default.contents(atPath: path) ?? Data())
    }

    @Test func streamedBytesAreCollectedBytesAcrossManyChunks() throws {
        // Pieces of every size, several times the buffer, with multi-byte characters.
        func write(_ sink: OutputSink) {
            for n in 0..<20_000 {
                sink.write("Art. \(n). « élément » ")
                sink.write(int: n * 7919 - 50_000)
                sink.write(byte: UInt8(ascii: "\n"))
                if n % 1000 == 0 { sink.write(String(repeating: "é", count: OutputSink.capacity / 3 + n)) }
            }
        }
        let collecting = OutputSink()
        write(collecting)
        let streamed = try Self.streamed(write)
        #expect(streamed.count > 4 * OutputSink.capacity)
        #expect(streamed == collecting.bytes)
    }

    @Test func integersAreWrittenAsDecimals() {
        let sink = OutputSink()
        for n in [0, 7, -7, 10, 1_234_567, Int.max, Int.min] {
            sink.write(int: n)
            sink.write(" ")
        }
        #expect(sink.text == "0 7 -7 10 1234567 \(Int.max) \(Int.min) ")
    }

    static let sample = JSONValue.object([
        ("z", .string("a\"b\\c\n\r\t\u{1}\u{1F}<é> \u{2028}\u{2029} \u{2027}")),
        ("a", .array([.int(1), .int(-20), .null, .bool(true), .bool(false), .number(0.5)])),
        ("e", .object([])), ("f", .array([])),
        ("n", .object([("deep", .array([.object([("x", .array([.array([]), .object([("y", .null)])]))])]))])),
    ])

    @Test func compactAndPrettyAreTheSameValue() throws {
        let compact = Self.sample.serialized(pretty: false)
        let pretty = Self.sample.serialized(pretty: true)
        #expect(!compact.contains("\n") && pretty.contains("\n  "))
        let a = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(pretty.utf8)) as? NSDictionary
        #expect(a != nil && a == b)
        #expect(compact.contains(#""\u2028\u2029"#.dropFirst()) && compact.contains(#"\u0001\u001f"#))
    }

    @Test func writerByHandMatchesTheValue() {
        for pretty in [false, true] {
            let sink = OutputSink()
            var w = JSONWriter(sink: sink, pretty: pretty)
            w.beginObject()
            w.key("a")
            w.beginArray()
            w.beginObject()
            w.member("b", "c")
            w.member("n", 3)
            w.member("o", nil as String?)
            w.endObject()
            w.beginArray()
            w.endArray()
            w.endArray()
            w.endObject()
            let value = JSONValue.object([("a", .array([.object([("b", .string("c")), ("n", .int(3)), ("o", .null)]), .array([])]))])
            #expect(sink.text == value.serialized(pretty: pretty))
        }
    }

    /// Keys written by the writer (`"name":`, after a comma or first in their object) are
    /// the value's JSON in both layouts, for keys of every length, after a value or a
    /// container, and across the chunks of a sink on a file.
    @Test func keysOfEveryLengthAfterEveryKindOfValue() throws {
        let names: [StaticString] = ["", "a", "ab", "amendingAct", "everyOccurrence", "sixteen-bytes-ok", "seventeen-bytes-k",
                                     "a key of more than thirty-two bytes, still"]
        var members: [(String, JSONValue)] = []
        func write(_ writer: inout JSONWriter, round: Int) {
            writer.beginObject()
            for (k, name) in names.enumerated() {
                writer.key(name)
                switch (k + round) % 4 {
                case 0: writer.string("é \(round)")
                case 1: writer.beginObject(); writer.key(name); writer.int(k); writer.endObject()
                case 2: writer.beginArray(); writer.int(round); writer.endArray()
                default: writer.null()
                }
            }
            writer.endObject()
        }
        var expected: [JSONValue] = []
        for round in 0..<3_000 {
            members = []
            for (k, name) in names.enumerated() {
                let key = name.description
                let value: JSONValue = switch (k + round) % 4 {
                case 0: .string("é \(round)")
                case 1: .object([(key, .int(k))])
                case 2: .array([.int(round)])
                default: .null
                }
                members.append((key, value))
            }
            expected.append(.object(members))
        }
        for pretty in [false, true] {
            func writeAll(_ sink: OutputSink) {
                var writer = JSONWriter(sink: sink, pretty: pretty)
                writer.beginArray()
                for round in 0..<3_000 { write(&writer, round: round) }
                writer.endArray()
            }
            let collecting = OutputSink()
            writeAll(collecting)
            #expect(collecting.text == JSONValue.array(expected).serialized(pretty: pretty))
            let streamed = try Self.streamed(writeAll)
            #expect(streamed.count > 2 * OutputSink.capacity)
            #expect(streamed == collecting.bytes)
        }
    }

    /// The JSON of an act written from the tree is the JSON of its value, in both layouts.
    @Test func actJSONFromTheTreeIsTheValuesJSON() throws {
        var act = Act(file: "x.md")
        act.metadata.title = "Loi « test »"
        act.preamble = [TextLine("Vu la Constitution,\nl'article 1er")]
        var article = Article(number: "1er")
        article.paragraphs = [Paragraph(number: nil, alineas: [
            Alinea(sentences: [Sentence("Première phrase."), Sentence("Seconde \"phrase\".")],
                   points: [Point(label: PointLabel(kind: .degree, value: "1"), sentences: [Sentence("un;")])]),
            Alinea(sentences: [Sentence("Deuxième alinéa.")]),
        ])]
        act.body = [.article(article)]
        for ranges in [false, true] {
            let renderer = JSONRenderer(includeRanges: ranges)
            for pretty in [false, true] {
                #expect(renderer.render(act, pretty: pretty) == renderer.value(act).serialized(pretty: pretty) + "\n")
            }
        }
    }
}
