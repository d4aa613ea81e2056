import ChronolexModel
import Testing

/// `trimmingSpaces` returns a text whose first and last scalars are no space without
/// walking its characters: the same text, byte for byte, as the walk over its characters.
@Suite("Spaces trimmed as before, by the first and last bytes")
struct TrimmingTests {
    /// The trimming as it was: characters compared, from each end.
    static func walked(_ text: some StringProtocol) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\n" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    @Test(arguments: [
        "", " ", "a", " a ", "\u{00A0}a\u{202F}", "a\r\n", "\r\na", "\u{00A0}", "\t\n", "« a »", "é", "e\u{301}",
        // A space with a combining accent is one character, no space: kept.
        " \u{301}a", "a \u{301}", "\u{301}", "a\u{2009}", "\u{2009}a", "a\u{00A0}\u{301}", "\u{202F}\u{301}x",
        "€", "a€", "€ ", "\u{00E2}", "x\u{00E2}",
    ])
    func tricky(_ text: String) {
        #expect(Array(text.trimmingSpaces.utf8) == Array(Self.walked(text).utf8))
        let padded = "ab" + text + "cd"
        let middle = padded.dropFirst(2).dropLast(2)
        #expect(Array(middle.trimmingSpaces.utf8) == Array(Self.walked(middle).utf8))
    }

    @Test("every text of up to four pieces among spaces, letters and accents")
    func exhaustive() {
        let pieces = [" ", "\t", "\n", "\r", "\u{00A0}", "\u{202F}", "a", "é", "\u{301}", "«", "€", "\r\n", "\u{2009}"]
        var count = 0
        func check(_ text: String, _ depth: Int) {
            count += 1
            #expect(Array(text.trimmingSpaces.utf8) == Array(Self.walked(text).utf8), "\(Array(text.unicodeScalars))")
            guard depth < 4 else { return }
            for piece in pieces { check(text + piece, depth + 1) }
        }
        check("", 0)
        #expect(count > 30_000)
    }
}
