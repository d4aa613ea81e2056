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
            if let article = plainArticle(blocks, number: number) { return .success(Fragment(blocks: blocks, content: .articles([article]))) }
            return articles(blocks, number: number).map { Fragment(blocks: blocks, content: .articles($0)) }
        case .units:
            if let article = plainArticle(blocks, number: "0") { return .success(Fragment(blocks: blocks, content: .units(article))) }
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

    // MARK: Plain units, read directly

    /// The one article that most quotations hold — one to four lines of plain words, each
    /// an alinéa or a `§ N.` paragraph, the first possibly a point (`4° …`) or after its
    /// heading (`Art. 3.1. …`) — read directly, as ``articles(_:number:)`` reads it through
    /// the whole markdown reader (numbered `number` when it has no heading, without source
    /// positions); `nil` as soon as a line holds anything that reader treats on its own: a
    /// quotation mark, a Justel marker or note, markup, a table, a colon, a dash, a square
    /// bracket or a bracket opening a unit's words, a heading, a short unit that might be a
    /// repeal marker. (The whole reader took a seventh of the walk over an amending act, for
    /// texts of one or two lines; `PlainUnitsTests` compares both on every quotation at hand.)
    static func plainArticle(_ blocks: [String], number: String) -> Article? {
        guard (1...4).contains(blocks.count) else { return nil }
        // A heading of its own (`Art. 3.1. …`, as typed: no other form), else the one the
        // whole reader writes before the text.
        let heading: [UInt8]
        if startsWithArticleHeading(blocks[0]) {
            guard blocks[0].utf8.starts(with: "Art. ".utf8), headingWithoutDot(blocks[0]) == nil else { return nil }
            heading = []
        } else {
            heading = Array("**Art. \(number).** ".utf8)
        }
        var units = PlainUnits(heading: heading)
        for (index, block) in blocks.enumerated() {
            var block = block
            let read = block.withUTF8 { bytes -> Bool in
                guard isPlain(bytes) else { return false }
                return index == 0 ? units.readFirst(bytes) : units.readNext(bytes)
            }
            guard read else { return nil }
        }
        return units.article()
    }

    /// True for the bytes of a line the whole reader copies as they are into its unit: no
    /// leading or trailing space, no control byte, none of the bytes the markdown reader,
    /// the quotation tracker, Justel's markers and notes, tables and colons give a meaning
    /// to, and no dash where a point could open. (Brackets are words, except where a unit's
    /// words open with one: ``PlainUnits`` looks there.)
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20,
              first != UInt8(ascii: "-"), !(first == 0xE2 && bytes.count > 1 && bytes[1] == 0x80) else { return false }
        for byte in bytes {
            switch byte {
            case 0..<0x20, 0x7F, UInt8(ascii: "\""), UInt8(ascii: "#"), UInt8(ascii: "*"),
                 UInt8(ascii: ":"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "\\"), UInt8(ascii: "]"),
                 UInt8(ascii: "_"), UInt8(ascii: "`"), UInt8(ascii: "|"):
                return false
            default:
                continue
            }
        }
        return !QuoteTracker.hasQuotationMark(bytes, from: 0, to: bytes.count)
    }

    /// The units of ``plainArticle(_:number:)`` as they are read, line by line: the
    /// paragraphs closed, the one open, its alinéas closed, and the alinéa open (with its point).
    private struct PlainUnits {
        static let classifier = LineClassifier(format: .markdown)
        /// The heading the whole reader puts before a text without one (``articles(_:number:)``),
        /// empty for a text with its own.
        let heading: [UInt8]
        /// The article's number, as its heading reads.
        var number = ""
        var paragraphs: [Paragraph] = []
        var paragraph: String?
        var alineas: [Alinea] = []
        var alinea: Alinea?

        /// The first line, its heading and the words after it as the whole reader reads them:
        /// an alinéa, a paragraph whose words are an alinéa, or a point.
        mutating func readFirst(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            let line = heading + Array(bytes)
            return line.withUnsafeBufferPointer { line in
                guard case .article(let number, _, let restStart) = Self.classifier.classify(line, from: 0, to: line.count),
                      heading.isEmpty ? restStart < line.count : restStart == heading.count else { return false }
                self.number = number
                switch Self.classifier.classifyBlock(line, from: restStart, to: line.count) {
                case .text(let start):
                    return start == restStart && openAlinea(line, from: start)
                case .paragraph(let number, let rest, false):
                    return openParagraph(number, line, from: rest)
                case .point(let kind, let value, false, let rest):
                    guard kind != .dash, rest < line.count else { return false }
                    alinea = Alinea()
                    let words = sentences(line, from: rest)
                    guard words.count > 24 else { return false }
                    alinea?.points = [Point(label: PointLabel(kind: kind, value: value), sentences: words.sentences)]
                    return true
                default:
                    return false
                }
            }
        }

        /// A line after the first, on a line of its own: a new alinéa, or a new paragraph
        /// whose words are its first alinéa.
        mutating func readNext(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            switch Self.classifier.classify(bytes, from: 0, to: bytes.count) {
            case .text(0):
                closeAlinea()
                return openAlinea(bytes, from: 0)
            case .paragraph(let number, let rest, false):
                return openParagraph(number, bytes, from: rest)
            default:
                return false
            }
        }

        /// `§ N.` and its words, which must be an alinéa.
        private mutating func openParagraph(_ number: String, _ bytes: UnsafeBufferPointer<UInt8>, from rest: Int) -> Bool {
            guard case .text(let start) = Self.classifier.classifyBlock(bytes, from: rest, to: bytes.count) else { return false }
            closeParagraph()
            paragraph = number
            return openAlinea(bytes, from: start)
        }

        /// An alinéa of the words from `start` (long enough not to be a repeal marker, and
        /// not opening with a bracket, where Justel's old notes stand).
        private mutating func openAlinea(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
            let words = sentences(bytes, from: start)
            guard words.count > 24 else { return false }
            alinea = Alinea(sentences: words.sentences)
            return true
        }

        private mutating func closeAlinea() {
            if let alinea = alinea.take() { alineas.append(alinea) }
        }

        private mutating func closeParagraph() {
            closeAlinea()
            guard !alineas.isEmpty else { return }
            paragraphs.append(Paragraph(number: paragraph, alineas: alineas))
            alineas = []
        }

        /// The article read, its last units closed.
        mutating func article() -> Article {
            closeParagraph()
            return Article(number: number, paragraphs: paragraphs)
        }

        /// The sentences of the words from `start` to the end of the line, and how many
        /// bytes the words are (none when they open with a bracket: declined).
        private func sentences(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (sentences: [Sentence], count: Int) {
            guard bytes[start] != UInt8(ascii: "(") else { return ([], 0) }
            let words = Array(UnsafeBufferPointer(rebasing: bytes[start...]))
            let sentences = SentenceSplitter.sentenceRanges(inUTF8: words).map { Sentence(String(decoding: words[$0], as: UTF8.self)) }
            return (sentences, words.count)
        }
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
        guard block.utf8.starts(with: "Art. ".utf8) else { return nil }
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

    /// (Told from the bytes, as the act reader tells its headings: `hasPrefix` compares
    /// characters, 600 instructions a call, and this is asked of every new text.)
    static func startsWithArticleHeading(_ block: String) -> Bool {
        let bytes = block.utf8
        return bytes.starts(with: "Art. ".utf8) || bytes.starts(with: "Article ".utf8) || bytes.starts(with: "Artikel ".utf8)
            || bytes.starts(with: "**Art".utf8) || tightHeading(block)
    }

    /// `Art.VI.3-5. L'établissement …` (2023200641, art. 2): the space after `Art.` left
    /// out, a number (a digit or a capital) right after it.
    static func tightHeading(_ block: String) -> Bool {
        guard block.utf8.starts(with: "Art.".utf8), let next = block.utf8.dropFirst(4).first else { return false }
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
