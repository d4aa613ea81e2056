import ChronolexModel
import ChronolexXML
import Testing
@testable import ChronolexReaders

/// The shortcuts of reading a Justel page, each against the plain way it replaced: a
/// page's text copied a run of bytes at a time, block elements told by the bytes of their
/// names, and lines without brackets passed over by the markers' cleaning.
@Suite("Justel page reading: fast paths")
struct JustelPageFastPathTests {
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

    /// The text as first appended: byte by byte.
    static func plainAppend(_ bytes: [UInt8], to line: inout [UInt8]) {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 {
                line.append(0x20)
                i += 2
                continue
            }
            if b == 0x0A || b == 0x0D || b == 0x09 {
                line.append(0x20)
            } else if b >= 0x20, b != 0x7F {
                line.append(b)
            }
            i += 1
        }
    }

    @Test func textAppendedARunAtATime() {
        var random = Draws(state: 8)
        let alphabet: [UInt8] = [0x20, 0x41, 0x61, 0x2E, 0xC2, 0xA0, 0xC3, 0xA9, 0x0A, 0x0D, 0x09, 0x00, 0x01, 0x1F, 0x7F, 0x80, 0xE2, 0x5B, 0x5D]
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 0...20, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            let start = (0..<Int.random(in: 0...3, using: &random)).map { _ in alphabet.randomElement(using: &random)! }
            var plain = start, quick = start
            Self.plainAppend(bytes, to: &plain)
            bytes.withUnsafeBufferPointer { JustelHTMLReader.appendText($0, to: &quick) }
            #expect(quick == plain, "\(bytes)")
        }
    }

    @Test func blockElementsToldByTheirNames() throws {
        let names = Array(JustelHTMLReader.blockElements) + ["a", "b", "i", "br", "td", "th", "font", "span", "tbody", "thead", "h7", "h0", "body",
                                                             "blockquot", "blockquotes", "pr", "divs", "table2", "d", "l", "o", "u", "t", "ddd"]
        let html = "<html><body>" + names.map { "<\($0)>x</\($0)>" }.joined() + "</body></html>"
        let page = try HTMLPage(bytes: Array(html.utf8), encoding: .utf8)
        var seen = Set<String>()
        page.walk { event in
            if case .open(let element) = event {
                #expect(JustelHTMLReader.isBlock(element) == JustelHTMLReader.blockElements.contains(element.name), "\(element.name)")
                seen.insert(element.name)
            }
            return .children
        }
        #expect(seen.isSuperset(of: JustelHTMLReader.blockElements))
        #expect(seen.count > JustelHTMLReader.blockElements.count + 10)
    }

    /// The markers' cleaning as first written: every line of the body stripped.
    static func plainClean(_ source: SourceText, body: Slice<SourceText.Lines>, diagnostics: inout [Diagnostic]) -> (text: [UInt8], events: [Int: [JustelMarkers.Event]]) {
        var bytes: [UInt8] = []
        var events: [Int: [JustelMarkers.Event]] = [:]
        let first = body.first?.number ?? Int.max
        var open: [Int] = []
        for line in source.lines {
            var words = Array(source.bytes[line.start..<line.end])
            if line.number >= first {
                let found = JustelMarkers.strip(&words, from: 0, line: line.number, column: 1, file: source.file, open: &open, diagnostics: &diagnostics)
                if !found.isEmpty { events[line.number] = found }
            }
            bytes += words
            bytes.append(0x0A)
        }
        guard case .success(let text) = SourceText.decode(bytes, file: source.file) else { return (source.bytes, [:]) }
        return (text.bytes, events)
    }

    @Test func linesWithoutBracketsPassedOver() throws {
        var random = Draws(state: 14)
        let pieces = ["Le ministre", " ", "[1 ", "]1", "[2", "]", "[", "[12 ", "]12", "10.", "§ 2", "é", "(...)", "[3]", "travail", "\n", "\n", "  "]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            guard case .success(let source) = SourceText.decode(Array(text.utf8), file: "t.txt") else { continue }
            let body = source.lines.dropFirst(Int.random(in: 0...2, using: &random))
            var plainDiagnostics: [Diagnostic] = [], quickDiagnostics: [Diagnostic] = []
            let plain = Self.plainClean(source, body: body, diagnostics: &plainDiagnostics)
            let quick = JustelMarkers.clean(source, body: body, diagnostics: &quickDiagnostics)
            #expect(quick.text.bytes == plain.text, "\(text.debugDescription)")
            #expect(quick.events.mapValues { $0.map { "\($0.offset) \($0.opens) \(String(describing: $0.number))" } }
                    == plain.events.mapValues { $0.map { "\($0.offset) \($0.opens) \(String(describing: $0.number))" } })
            #expect(quickDiagnostics.map(\.description) == plainDiagnostics.map(\.description))
        }
    }
}
