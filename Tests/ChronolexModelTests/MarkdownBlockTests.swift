@testable import ChronolexModel
import Testing

/// Issue 14: the markdown writer escapes and writes a block's lines in one pass over its
/// bytes; it must give what splitting the text into `String` lines gave (each line escaped,
/// a blank line between them, a CR LF kept as one character), on every kind of line.
@Suite("Markdown blocks written in one pass")
struct MarkdownBlockTests {
    /// The way blocks were written before: `String` lines, each escaped, joined.
    static func reference(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { MarkdownRenderer.escapingMarkup(String($0)) }
        return lines.joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\n")
    }

    static func onePass(_ text: String) -> String {
        let sink = OutputSink()
        var text = text
        text.withUTF8 { MarkdownRenderer.writeEscapedLines($0, to: sink) }
        return sink.text
    }

    @Test func sameBytesAsLinesOfStrings() {
        let pieces = ["a", " ", "\n", "\r\n", "\r", "1.", "12. ", "1/2. x", "#", "`", "-----", "------  ", "- x", "[1 ", "[12 ", "« ", "»",
                      "é", "Art. 3.", "2°", "\n\n", "  # titre", "12345. x", "😀", "e\u{301}"]
        for text in generatedTexts(pieces, count: 5_000, seed: 7, lengthShift: 60) {
            #expect(Self.onePass(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
