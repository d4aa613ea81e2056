import ChronolexModel

/// Reads the new text an instruction quotes — one block per line of the quotation — into
/// units of the model, as the markdown reader reads an act: `Art. 35. …` headings, `§ 2.`
/// paragraphs, `1°` (or `1.`) points, `a)` letters, division headings. The instruction
/// says what it expects (an article, units of an article, a division, a heading), and the
/// text is read when the instruction is read, so that an error in it is the amending
/// act's, at its line.
public enum FragmentReader {
    /// What the instruction announces.
    public enum Expected: Hashable, Sendable {
        /// One or more articles; a text without heading is the article numbered so.
        case articles(number: String)
        /// Units of one article (§§, alinéas, points).
        case units
        /// A division heading, and the articles after it if any; a single block that is no
        /// heading is read as the heading's words.
        case division
        /// A title or heading: a division heading when it reads as one, else its words.
        case heading
        /// Words (a sentence, a phrase introductive).
        case words
        /// Text whose structure is not read (an annex, a table).
        case text

        /// True for ``articles(number:)``.
        public var isArticles: Bool {
            if case .articles = self { return true }
            return false
        }
    }

    /// Why a quotation could not be read as what the instruction announces.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// The fragment of `blocks` read as `expected`.
    public static func read(_ blocks: [String], as expected: Expected) -> Result<Fragment, Failure> {
        switch expected {
        case .articles(let number):
            return articles(blocks, number: number).map { Fragment(blocks: blocks, content: .articles($0)) }
        case .units:
            return articles(blocks, number: "0").flatMap { articles in
                articles.count == 1 ? .success(Fragment(blocks: blocks, content: .units(articles[0])))
                                    : .failure(Failure(message: "the new text holds \(articles.count) articles where one unit was expected"))
            }
        case .division:
            switch division(blocks) {
            case .success(let read): return .success(Fragment(blocks: blocks, content: .division(read.division, read.articles)))
            case .failure(let failure):
                // "intitulée : « Disposition générale »": the heading's words alone (the
                // instruction gives the kind and number).
                guard blocks.count == 1, !blocks[0].isEmpty else { return .failure(failure) }
                return .success(Fragment(blocks: blocks, content: .words(blocks[0].trimmingSpaces)))
            }
        case .heading:
            if case .success(let read) = division(blocks) {
                return .success(Fragment(blocks: blocks, content: .division(read.division, read.articles)))
            }
            return .success(Fragment(blocks: blocks, content: .words(blocks.joined(separator: " "))))
        case .words:
            return .success(Fragment(blocks: blocks, content: .words(blocks.joined(separator: " "))))
        case .text:
            return .success(Fragment(blocks: blocks, content: .text))
        }
    }

    /// The blocks as articles; a text that does not open with an article heading is the
    /// article numbered `number`.
    static func articles(_ blocks: [String], number: String) -> Result<[Article], Failure> {
        guard !blocks.isEmpty else { return .failure(Failure(message: "the instruction gives no new text")) }
        var lines = blocks
        if lines[0].hasPrefix("-") || lines[0].hasPrefix("–") {
            // "- Centre …": a dash, not the separator after a heading.
            lines.insert("**Art. \(number).**", at: 0)
        } else if !startsWithArticleHeading(lines[0]) {
            lines[0] = "**Art. \(number).** " + lines[0]
        } else if let fixed = headingWithoutDot(lines[0]) {
            lines[0] = fixed
        }
        let result = readMarkdown(lines.joined(separator: "\n\n") + "\n")
        if let error = result.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(Failure(message: "the new text cannot be read: \(error.message)"))
        }
        let articles = result.act.articles
        guard !articles.isEmpty else { return .failure(Failure(message: "the new text holds no unit")) }
        return .success(articles)
    }

    /// A division heading (`Section 2.1. - Accompagnement`), and the articles that follow it.
    static func division(_ blocks: [String]) -> Result<(division: Division, articles: [Article]), Failure> {
        guard let first = blocks.first else { return .failure(Failure(message: "the instruction gives no heading")) }
        let rest = blocks.dropFirst().joined(separator: "\n\n")
        let body = rest.isEmpty ? "**Art. 0.** -" : rest
        let act = readMarkdown("## " + first + "\n\n" + body + "\n").act
        guard case .division(var division)? = act.body.first, division.kind != .other else {
            return .failure(Failure(message: "'\(first)' is not a division heading"))
        }
        let articles = rest.isEmpty ? [] : act.articles
        division.children = []
        division.range = nil
        return .success((division, articles))
    }

    /// `Art. 7/1 Il est interdit …`: a heading whose number has lost its dot, given it back
    /// (the number must read as one, and a capital must follow); `nil` for any other block.
    static func headingWithoutDot(_ block: String) -> String? {
        guard block.hasPrefix("Art. ") else { return nil }
        let rest = block.dropFirst(5)
        guard let space = rest.firstIndex(of: " ") else { return nil }
        let number = rest[..<space]
        let after = rest[space...].dropFirst()
        guard !number.hasSuffix("."), ArticleHeadingNumber.isValid(String(number)), number.first?.isNumber == true,
              after.first?.isUppercase == true else { return nil }
        return "Art. \(number). " + after
    }

    /// True when a block of new text opens a unit — an article or division heading, a §, a
    /// point's label (`1°`, `a)`, `-`, `1.`) — rather than words that go on from the block
    /// before.
    public static func opensUnit(_ block: String) -> Bool {
        var text = block.trimmingSpaces
        if startsWithArticleHeading(text) { return true }
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            switch LineClassifier(format: .markdown).classify(bytes, from: 0, to: bytes.count) {
            case .text, .blank: false
            case .division, .article, .paragraph, .point: true
            }
        } ?? false
    }

    static func startsWithArticleHeading(_ block: String) -> Bool {
        block.hasPrefix("Art. ") || block.hasPrefix("Article ") || block.hasPrefix("Artikel ") || block.hasPrefix("**Art")
            || tightHeading(block)
    }

    /// `Art.VI.3-5. L'établissement …` (2023200641, art. 2): the space after `Art.` left
    /// out, a number (a digit or a capital) right after it.
    static func tightHeading(_ block: String) -> Bool {
        guard block.hasPrefix("Art."), let next = block.utf8.dropFirst(4).first else { return false }
        return (48...57).contains(next) || (65...90).contains(next)
    }

    /// The body of a markdown text (no front matter), its units without source positions:
    /// they have no place in a source file.
    private static func readMarkdown(_ text: String) -> (act: Act, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        switch SourceText.decode(Array(text.utf8), file: "new text") {
        case .failure(let diagnostic):
            return (Act(), [diagnostic])
        case .success(let source):
            var act = ActReader.readBody(source, lines: source.lines[...], format: .markdown, metadata: ActMetadata(), diagnostics: &diagnostics)
            diagnostics.sort { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
            act.eraseRanges()
            return (act, diagnostics)
        }
    }
}
