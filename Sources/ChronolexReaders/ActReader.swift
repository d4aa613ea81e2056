import ChronolexModel
import ChronolexXML
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `read(2)` into `buffer`, again when a signal interrupts it: the bytes read, 0 at the
/// end of the file, -1 on an error.
private func readFile(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
    while true {
        let count = read(descriptor, buffer.baseAddress, buffer.count)
        if count < 0, errno == EINTR { continue }
        return count
    }
}

/// What a path names when it is neither a regular file nor a folder (``nonRegular(_:)``).
public enum FileKind {
    /// « a named pipe », « a socket », « a device »… for a path (symbolic links followed)
    /// that is neither a regular file nor a directory; `nil` for those, and for a path that
    /// names nothing. Never opens the file.
    public static func nonRegular(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: return "a named pipe"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "neither a file nor a folder"
        }
    }
}

/// What reading a file gave: the act (when it could be read), the format that was
/// detected, and every diagnostic, errors and warnings, in the order of the text.
public struct ReadResult: Sendable {
    public var act: Act?
    public var format: SourceFormat?
    public var diagnostics: [Diagnostic]

    /// True when the act cannot be relied on: any error at all.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads an act from a file in any of the formats Chronolex knows — markdown with YAML
/// front matter (the seed format) or plain eJustice text — detected from the text itself.
public enum ActReader {
    /// Reads the file at `path`; the path is the name diagnostics give.
    public static func read(path: String) -> ReadResult {
        switch contents(checking: path) {
        case .bytes(let bytes): return read(bytes: bytes, file: path)
        case .unread(let result): return result
        }
    }

    /// The bytes of the file at `path`, or why it cannot be read (a missing file, a
    /// directory, a file that is not a regular one, a file too large).
    static func contents(checking path: String) -> FileContents {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .unread(ReadResult(act: nil, format: nil, diagnostics: [.error("no such file", file: path, line: nil)]))
        }
        if isDirectory.boolValue {
            return .unread(ReadResult(act: nil, format: nil, diagnostics: [.error("is a directory, not a file", file: path, line: nil)]))
        }
        // A named pipe, a socket, a device: never opened (look 26: a pipe with no writer
        // made the command wait for ever).
        if let kind = FileKind.nonRegular(path) {
            return .unread(ReadResult(act: nil, format: nil, diagnostics: [.error("not a regular file (\(kind)): not read", file: path, line: nil)]))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
           size.intValue > ReaderLimits.maximumInputBytes {
            return .unread(ReadResult(act: nil, format: nil, diagnostics: [.error("file too large: \(size.intValue) bytes (the limit is \(ReaderLimits.maximumInputBytes) bytes)", file: path, line: nil)]))
        }
        guard let bytes = contents(of: path) else {
            return .unread(ReadResult(act: nil, format: nil, diagnostics: [.error("cannot be read (permissions?)", file: path, line: nil)]))
        }
        return .bytes(bytes)
    }

    /// A file's bytes, or what reading it gave when they could not be had.
    enum FileContents {
        case bytes([UInt8])
        case unread(ReadResult)
    }

    /// The bytes of a regular file, read straight into the array the reader keeps (through
    /// `Data`, they would be held twice while the act is read); `nil` for a file that is not
    /// a regular one (a pipe, a device), which is opened without waiting for a writer and
    /// never read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: Int(status.st_size)) { buffer, count in
            count = 0
            while count < buffer.count {
                let read = readFile(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[count...]))
                if read < 0 { failed = true }
                guard read > 0 else { break }
                count += read
            }
        }
        // A file that grew since `fstat`: the rest too.
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !failed {
            let read = chunk.withUnsafeMutableBytes { readFile(descriptor, into: $0) }
            if read < 0 { failed = true }
            guard read > 0 else { break }
            bytes += chunk[..<read]
        }
        return failed ? nil : bytes
    }

    /// Reads an act from text held in memory.
    public static func read(text: String, file: String) -> ReadResult {
        read(bytes: Array(text.utf8), file: file)
    }

    /// True when the body holds an article, at any depth (without gathering them all).
    static func hasArticle(_ body: [BodyElement]) -> Bool {
        var stack = [body[...]]
        while let elements = stack.popLast() {
            for element in elements {
                switch element {
                case .article: return true
                case .division(let division): stack.append(division.children[...])
                }
            }
        }
        return false
    }

    /// Where the first article or division heading is (the end when there is none):
    /// footnote lines before it (in the title or preamble) do not make a file a Justel
    /// consolidation; one under a division's heading does.
    static func firstHeadingLine(_ source: SourceText, _ lines: Slice<SourceText.Lines>, format: SourceFormat) -> SourceText.Lines.Index {
        let classifier = LineClassifier(format: format)
        return source.bytes.withUnsafeBufferPointer { bytes in
            lines.firstIndex { line in
                switch classifier.classify(bytes, from: line.start, to: line.end) {
                case .article, .division: return true
                default: return false
                }
            } ?? lines.endIndex
        }
    }

    /// Reads an act from bytes.
    ///
    /// - Complexity: O(n) in the size of the input: one pass to check and cut lines, one
    ///   to classify and build the tree.
    public static func read(bytes: [UInt8], file: String) -> ReadResult {
        let start: Start
        switch self.start(bytes: bytes, file: file) {
        case .done(let result): return result
        case .body(let body): start = body
        }
        var diagnostics = start.diagnostics
        var act = readBody(start.source, lines: start.lines, format: start.format, metadata: start.metadata, diagnostics: &diagnostics)
        completeMetadata(&act)
        if start.metadata.language != nil, let warning = start.languageWarning(sample(of: act, budget: LanguageSample.checkBudget)) { diagnostics.append(warning) }
        if !hasArticle(act.body) {
            diagnostics.append(noArticle(start.source, start.lines))
        }
        diagnostics.sort { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        return ReadResult(act: act, format: start.format, diagnostics: diagnostics)
    }

    /// What is read before an act's body: the text checked and cut into lines, its front
    /// matter, its format.
    struct Start {
        var source: SourceText
        /// The lines after the front matter.
        var lines: Slice<SourceText.Lines>
        var metadata: ActMetadata
        var format: SourceFormat
        var diagnostics: [Diagnostic]
        /// The line of the front matter's title, whose key names the act's language.
        var titleLine: Int?

        /// The warning for a text that reads as another language than its front matter's
        /// title names (a Dutch act under `title-fr`: its instructions were read with the
        /// French grammar, each « matches no known instruction form », look 30); `nil`
        /// when the two agree, when the front matter names none, or when the sample is
        /// not clear.
        func languageWarning(_ sample: LanguageSample) -> Diagnostic? {
            guard let given = metadata.language, let read = sample.clearly, read != given, given != .german else { return nil }
            let name = { (language: Language) in language == .dutch ? "Dutch" : "French" }
            return .warning("the title is given as title-\(given.rawValue), but the act's text reads as \(name(read)): it is read as a \(name(given)) act "
                            + "(its instructions with the \(name(given)) grammar); if the text is \(name(read)), give its title as title-\(read.rawValue)",
                            file: source.file, line: titleLine)
        }
    }

    enum Beginning {
        /// Read to the end already: a file that is not a text, an HTML page, a text that
        /// is not UTF-8, front matter that cannot be read.
        case done(ReadResult)
        case body(Start)
    }

    /// Reads what comes before the body of an act.
    static func start(bytes: [UInt8], file: String) -> Beginning {
        // A PDF, a Word document, an RTF file: said by name, with what to give instead.
        if let format = OtherFormat.of(bytes) {
            return .done(ReadResult(act: nil, format: nil, diagnostics: [.error(format.message, file: file, line: nil)]))
        }
        // An HTML page may be in Latin-1: it is recognised before the UTF-8 check.
        if bytes.count <= ReaderLimits.maximumInputBytes, startsLikeHTML(bytes) {
            return .done(readHTML(bytes: bytes, file: file))
        }
        let source: SourceText
        switch SourceText.decode(bytes, file: file) {
        case .success(let text): source = text
        case .failure(let diagnostic): return .done(ReadResult(act: nil, format: nil, diagnostics: [diagnostic]))
        }
        var diagnostics: [Diagnostic] = source.controlsWarning.map { [$0] } ?? []
        var lines = source.lines[...]
        // Front matter: `---` on the first non-blank line, closed by the next `---`.
        var metadata = ActMetadata()
        var hasFrontMatter = false
        var titleLine: Int?
        let firstNonBlank = lines.firstIndex { !source.isBlank($0) }
        if let first = firstNonBlank, source.isFrontMatterFence(lines[first]) {
            hasFrontMatter = true
            let afterOpen = lines.index(after: first)
            guard let close = lines[afterOpen...].firstIndex(where: { source.isFrontMatterFence($0) }) else {
                return .done(ReadResult(act: nil, format: .markdown, diagnostics: [
                    .error("front matter opened by '---' is never closed (no second '---' line)", file: file, line: lines[first].number),
                ]))
            }
            // YAML also ends lines at NEL, LS and PS; inside a line of front matter they are
            // spaces, so that YAML's line numbers stay the file's.
            let yaml = lines[afterOpen..<close].map { line in
                String(source.string(line).map { $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 })
            }.joined(separator: "\n")
            let yamlFirstLine = afterOpen < close ? lines[afterOpen].number : lines[close].number
            guard let read = FrontMatterReader.read(yaml, file: file, firstLine: yamlFirstLine, diagnostics: &diagnostics) else {
                return .done(ReadResult(act: nil, format: .markdown, diagnostics: diagnostics))
            }
            metadata = read
            titleLine = lines[afterOpen..<close].first { source.string($0).hasPrefix("title") }?.number
            lines = lines[lines.index(after: close)...]
        }
        if !hasFrontMatter, let warning = frontMatterWithoutOpening(source, lines) { diagnostics.append(warning) }
        let format = hasFrontMatter ? .markdown : detectFormat(source, lines)
        return .body(Start(source: source, lines: lines, metadata: metadata, format: format, diagnostics: diagnostics, titleLine: titleLine))
    }

    /// The keys of the front matter, as a line of it begins.
    private static let frontMatterKeys = ["title-fr:", "title-nl:", "title-de:", "title:", "date:", "number:", "numac:", "publication:",
                                          "starts:", "modifies:", "case:", "source:", "url:", "page:"]

    /// A text without front matter whose first lines are front matter keys, then a `---`
    /// line (look 31: the opening `---` left out, the keys were read as the preamble without
    /// a word, and the act was said to have « no 'starts:', no publication date »): a
    /// warning at the first key.
    static func frontMatterWithoutOpening(_ source: SourceText, _ lines: Slice<SourceText.Lines>) -> Diagnostic? {
        var keys: [Int] = []
        for line in lines.prefix(24) where !source.isBlank(line) {
            if source.isFrontMatterFence(line) {
                guard keys.count >= 2, let first = keys.first else { return nil }
                return .warning("these lines look like front matter (\(keys.count) keys such as 'title-fr:' or 'date:', then '---') but no '---' opens it on the first line: they are read as the act's text, not as its metadata; add '---' before them",
                                file: source.file, line: first)
            }
            let text = source.string(line)
            guard frontMatterKeys.contains(where: { text.hasPrefix($0) }) else { return nil }
            keys.append(line.number)
        }
        return nil
    }

    /// The error of a text without an article, at its first line of text.
    static func noArticle(_ source: SourceText, _ lines: Slice<SourceText.Lines>) -> Diagnostic {
        let firstText = lines.first { !source.isBlank($0) } ?? lines.reduce(SourceText.Line?.none) { _, line in line }
        return .error("no article found: the body of an act is a series of articles headed 'Art. 1er.' (or '**Article 1er.**' in markdown)", file: source.file, line: firstText?.number)
    }

    /// The preamble and dispositif of an act from its lines (front matter already read).
    /// A Justel consolidation's markers are taken out first: the structure is read on the
    /// clean text, the markers kept as provenance. A Justel page is always a consolidation
    /// (`isJustel`, or a markdown file whose `url:` is a Justel address); a text file is one
    /// when it has Justel's footnotes.
    ///
    /// `quotationEnds`: lines before which any quotation still open ends, with the warning
    /// that says so (a Justel page's anchored article headings).
    static func readBody(_ source: SourceText, lines: Slice<SourceText.Lines>, format: SourceFormat, metadata: ActMetadata,
                         divisionLines: Set<Int> = [], isJustel: Bool = false, quotationEnds: [Int: String] = [:],
                         diagnostics: inout [Diagnostic]) -> Act {
        var (builder, bodyLines) = builder(source, lines: lines, format: format, metadata: metadata, divisionLines: divisionLines,
                                           isJustel: isJustel, diagnostics: &diagnostics)
        builder.quotationEnds = quotationEnds
        // The builder before any line, with the ends of quotations found so far: each
        // reading again starts from it.
        var fresh = builder
        var (preamble, body) = builder.read(lines: bodyLines)
        // A quotation left open inside a sub-instruction ("6. … : " Dérogations …", never
        // closed), with the next sub-instruction read inside it ("7. … l'alinéa 3 est
        // remplacé …", 2023200531, art. 8): it is taken to end before that line, and the
        // act is read again so (the instruction reads its new text to there when a colon
        // announces it).
        if let next = builder.subInstructionsInQuotation.first {
            var again = fresh
            again.quotationEnds[next.line] = "quotation opened here is not closed before line \(next.line), which starts with \(next.label), the number after \(next.after) of the instruction that opened it, and says a change: taken to end there, the line read as the act's next instruction; the instruction that holds the quotation reads its new text to there if a colon announces it, and is unbalanced otherwise"
            fresh = again
            (preamble, body) = again.read(lines: bodyLines)
            builder = again
        }
        // A quotation never closed would take the rest of the act: it is taken to end with
        // the article where it opened, before the heading of the act's next article, and
        // the act is read again so. The instruction that holds it reads its new text to
        // there when a colon announces it (with a warning); it is an error of that
        // instruction alone otherwise.
        if let unclosed = builder.unclosedQuotation, let article = unclosed.article,
           let next = nextArticleHeading(after: unclosed.line, following: article, source, lines: bodyLines, format: format) {
            var again = fresh
            again.quotationEnds[next.line] = "quotation opened here is never closed: it is taken to end with Art. \(article), before the heading of Art. \(next.number) (line \(next.line)), which is read as this act's own; the instruction that holds it reads its new text to there if a colon announces it, and is unbalanced otherwise"
            (preamble, body) = again.read(lines: bodyLines)
            builder = again
        } else if let heading = ownHeadingInQuotation(builder, body: body) {
            // A quotation the act closes too late (2023040119: the new text of its art. 11 is
            // not closed, and a quotation mark further on closes it after Arts. 12 to 16): a
            // bold heading inside it that bears the act's next number, which the act lacks
            // otherwise, is the act's own article; the quotation is taken to end before it.
            var again = fresh
            again.quotationEnds[heading.line] = "quotation opened here is not closed before the bold heading of Art. \(heading.number) (line \(heading.line)), the number that follows Art. \(heading.article) and that this act lacks otherwise: taken to end there, the heading read as this act's own; the instruction that holds it reads its new text to there if a colon announces it, and is unbalanced otherwise"
            (preamble, body) = again.read(lines: bodyLines)
            builder = again
        }
        diagnostics += builder.diagnostics
        return Act(metadata: metadata, preamble: preamble, body: body, file: source.file)
    }

    /// The builder of an act's body, and the lines it reads: a Justel consolidation's
    /// without their markers.
    static func builder(_ source: SourceText, lines: Slice<SourceText.Lines>, format: SourceFormat, metadata: ActMetadata,
                        divisionLines: Set<Int> = [], isJustel: Bool = false,
                        diagnostics: inout [Diagnostic]) -> (ActBuilder, Slice<SourceText.Lines>) {
        // (A Justel page's first version has no footnotes yet, but its errata are in brackets:
        // its address, `…/justel`, says what it is.)
        let justelAddress = metadata.eli.map { $0.hasSuffix("/justel") } ?? false
        if isJustel || justelAddress || JustelMarkers.isConsolidation(source, lines[firstHeadingLine(source, lines, format: format)...]) {
            let (clean, events) = JustelMarkers.clean(source, body: lines, diagnostics: &diagnostics)
            let bodyLines = clean.lines.drop { $0.number < (lines.first?.number ?? 1) }
            return (ActBuilder(source: clean, format: format, markers: events, divisionLines: divisionLines), bodyLines)
        }
        return (ActBuilder(source: source, format: format, divisionLines: divisionLines), lines)
    }

    /// A bold heading read as quoted text that is the act's own: it bears the number that
    /// follows the article where the quotation opened, it is not the quotation's first line
    /// (a new article quoted whole), and no article of that number stands elsewhere in the act.
    static func ownHeadingInQuotation(_ builder: ActBuilder, body: [BodyElement]) -> (line: Int, number: String, article: String)? {
        guard !builder.headingsInQuotation.isEmpty else { return nil }
        let numbers = Set(Act(metadata: ActMetadata(), body: body).articles.map { ArticleNumber.normalized($0.number) })
        for heading in builder.headingsInQuotation {
            guard let article = heading.article, heading.line != heading.opened,
                  successors(of: article).contains(ArticleNumber.normalized(heading.number)),
                  !numbers.contains(ArticleNumber.normalized(heading.number)) else { continue }
            return (heading.line, heading.number, article)
        }
        return nil
    }

    /// The numbers that may follow an article's: `2` → `3`; `4/1` → `4/2` or `5`.
    static func successors(of article: String) -> Set<String> {
        let current = ArticleNumber.normalized(article)
        var next: Set<String> = []
        if let n = Int(current) { next.insert(String(n + 1)) }
        let parts = current.split(separator: "/")
        if parts.count == 2, let base = Int(parts[0]), let sub = Int(parts[1]) {
            next.insert("\(base)/\(sub + 1)")
            next.insert(String(base + 1))
        }
        return next
    }

    /// The first article heading after `line` whose number comes right after `article`
    /// (`2` → `3`, `1er` → `2`, `4/1` → `4/2` or `5`), if any.
    static func nextArticleHeading(after line: Int, following article: String, _ source: SourceText, lines: Slice<SourceText.Lines>,
                                   format: SourceFormat) -> (line: Int, number: String)? {
        let classifier = LineClassifier(format: format)
        let successors = successors(of: article)
        return source.bytes.withUnsafeBufferPointer { bytes in
            for candidate in lines where candidate.number > line {
                if case .article(let number, _, _) = classifier.classify(bytes, from: candidate.start, to: candidate.end),
                   successors.contains(ArticleNumber.normalized(number)) {
                    return (candidate.number, number)
                }
            }
            return nil
        }
    }

    /// True when the first bytes (spaces skipped) open an HTML page: `<!doctype`, `<html`,
    /// `<?xml`, `<head`, in any case, or a comment before them (a page saved by a browser
    /// starts `<!-- saved from url=… -->`).
    public static func startsLikeHTML(_ bytes: [UInt8]) -> Bool {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func skipSpaces() { while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 } }
        skipSpaces()
        // Comments first (at most a few, within the first 4 KB).
        var comments = 0
        while comments < 4, bytes[i...].starts(with: Array("<!--".utf8)) {
            let limit = min(bytes.count, i + 4096)
            guard let end = (i + 4..<max(i + 4, limit - 2)).first(where: { bytes[$0] == 0x2D && bytes[$0 + 1] == 0x2D && bytes[$0 + 2] == 0x3E }) else { return false }
            i = end + 3
            comments += 1
            skipSpaces()
        }
        let head = String(decoding: bytes[i..<min(bytes.count, i + 16)], as: UTF8.self).lowercased()
        return ["<!doctype", "<html", "<?xml", "<head"].contains { head.hasPrefix($0) }
    }

    /// Files that are not text: recognised by their signatures and answered with what to
    /// give instead.
    enum OtherFormat {
        case pdf, zip, oldWord, rtf

        static func of(_ bytes: [UInt8]) -> OtherFormat? {
            if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oldWord }
            if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
            return nil
        }

        var message: String {
            let give = "Chronolex reads markdown with front matter, eJustice plain text or a Justel HTML page: save the act's page from Justel (ejustice.just.fgov.be) or copy its text into a .txt file"
            switch self {
            case .pdf: return "a PDF file, not a text: " + give
            case .zip: return "a Word document (.docx) or another zip archive, not a text: " + give
            case .oldWord: return "a Word document (.doc) or another Office file, not a text: " + give
            case .rtf: return "an RTF document, not a plain text: " + give
            }
        }
    }

    /// Reads a Justel page (see ``JustelHTMLReader``): its text is read as plain Justel
    /// text, then every position is moved to the line of the page it came from.
    static func readHTML(bytes: [UInt8], file: String) -> ReadResult {
        if let nul = bytes.firstIndex(of: 0) {
            return ReadResult(act: nil, format: .html, diagnostics: [.error("binary data: NUL byte at offset \(nul); this is not a text file", file: file, line: nil)])
        }
        // Justel's 2024 pages declare iso-8859-1 and are UTF-8: valid UTF-8 is read as such.
        let encoding: HTMLPage.Encoding = SourceText.firstInvalidUTF8(bytes) == nil ? .utf8 : .declared
        var page: JustelHTMLReader.Page
        do {
            page = try HTMLPage.reading(bytes: bytes, encoding: encoding) { JustelHTMLReader.extract($0) }
        } catch .stopped(let line, let reason) {
            return ReadResult(act: nil, format: .html, diagnostics: [.error("the page cannot be read to its end: \(reason); not read", file: file, line: line > 0 ? line : nil)])
        } catch {
            return ReadResult(act: nil, format: .html, diagnostics: [.error("libxml2 could not read this as HTML", file: file, line: nil)])
        }
        guard page.text.contains(where: { $0 != 0x20 && $0 != 0x0A }) else {
            return ReadResult(act: nil, format: .html, diagnostics: [
                .error("no act text in this HTML page: Chronolex reads Justel's pages, whose text follows <a name=\"texte\"> (until 2024) or stands in <div id=\"list-title-3\"> (2024 layout)", file: file, line: nil),
            ])
        }
        // The preamble (which Justel shows after the text) goes first, as in the act, and
        // is read like any preamble: markdown written from this act reads the same.
        page.prependPreamble()
        guard case .success(let source) = SourceText.decode(page.text, file: file) else {
            return ReadResult(act: nil, format: .html, diagnostics: [.error("no act text in this HTML page", file: file, line: nil)])
        }
        var diagnostics: [Diagnostic] = source.controlsWarning.map { [$0] } ?? []
        if page.titleLines.contains(where: ControlCharacters.occur) {
            diagnostics.append(.warning("the title box holds control characters, read as spaces (they are no text, and printed as they are they would act on a terminal)", file: file, line: page.pageLines.first))
        }
        // Justel anchors each article heading: a quotation still open there (a stray « " » in
        // the text) ends before it, said at the line where it opened (look 42: one « " » in
        // art. 1 of the Code pénal's page took arts. 2 to 178bis into art. 1, without a word
        // on the quotation).
        // (Named by its words: the page's old layout holds the whole text on one line.)
        var ends: [Int: String] = [:]
        let textLines = page.articleLines.isEmpty ? [] : Array(source.lines)
        for line in page.articleLines where line >= 1 && line <= textLines.count {
            let heading = source.string(textLines[line - 1]).trimmingSpaces.prefix(40)
            ends[line] = "quotation opened here is not closed before « \(heading) », an article heading Justel's page anchors: taken to end there, the heading read as the act's own"
        }
        var act = readBody(source, lines: source.lines[...], format: .plainText, metadata: JustelHTMLReader.metadata(page),
                           divisionLines: page.divisionLines, isJustel: true, quotationEnds: ends, diagnostics: &diagnostics)
        // A heading Justel anchors as an article but that could not be read as one.
        let articleStarts = Set(act.articles.compactMap { $0.range?.start.line })
        let unread = page.articleLines.filter { !articleStarts.contains($0) }
        let lines = unread.isEmpty ? [] : Array(source.lines)
        for line in unread {
            diagnostics.append(.warning("Justel anchors an article heading here, but '\(source.string(lines[line - 1]).trimmingSpaces.prefix(40))' does not read as one: kept as text of the unit before it", file: file, line: line))
        }
        // Positions: from lines of the extracted text to lines of the page.
        let pageLine = { (line: Int) -> Int in line >= 1 && line <= page.pageLines.count ? page.pageLines[line - 1] : line }
        var mover = RangeRewriter.movingLines(pageLine)
        act = mover.rewrite(act)
        diagnostics = diagnostics.map { diagnostic in
            var moved = diagnostic
            moved.location = diagnostic.location.map { SourceLocation(line: pageLine($0.line), column: $0.column) }
            return moved
        }
        completeMetadata(&act)
        if !hasArticle(act.body) {
            diagnostics.append(.error("no article found in the page's text (Justel anchors each article: <a name='Art.1'>)", file: file, line: page.pageLines.first))
        }
        diagnostics.sort { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        return ReadResult(act: act, format: .html, diagnostics: diagnostics)
    }

    /// Where the first of Justel's notes starts in a title: `(NOTE :`, `(NOTA :`,
    /// `(NOTE 1 :`.
    static func firstJustelNote(in title: String) -> String.Index? {
        var search = title.startIndex
        while let open = title[search...].firstIndex(of: "(") {
            let after = title[title.index(after: open)...]
            if after.hasPrefix("NOTE") || after.hasPrefix("NOTA") {
                let rest = after.dropFirst(4).drop { $0 == " " || $0.isASCIIDigit }
                if rest.hasPrefix(":") { return open }
            }
            search = title.index(after: open)
        }
        return nil
    }

    /// Markdown when a line starts with `#` or a bold article heading; plain text
    /// otherwise. (HTML is recognised before, from the first bytes.)
    static func detectFormat(_ source: SourceText, _ lines: Slice<SourceText.Lines>) -> SourceFormat {
        for line in lines {
            guard line.end > line.start else { continue }
            let byte = source.bytes[line.start]
            if byte == UInt8(ascii: "#") { return .markdown }
            if byte == UInt8(ascii: "*"), source.bytes[line.start..<min(line.end, line.start + 8)].starts(with: Array("**Art".utf8)) || source.bytes[line.start..<min(line.end, line.start + 8)].starts(with: Array("***Art".utf8)) {
                return .markdown
            }
        }
        return .plainText
    }

    /// Fills what the text itself tells: kind, language, and, for plain text, the
    /// date and title from the title line (`22 DECEMBRE 2022. - Arrêté …`).
    static func completeMetadata(_ act: inout Act) {
        completeMetadata(&act.metadata, preamble: act.preamble)
        if act.metadata.language == nil { act.metadata.language = detectLanguage(act) }
    }

    /// All that ``completeMetadata(_:)`` completes but the language, which needs the body.
    static func completeMetadata(_ metadata: inout ActMetadata, preamble: [TextLine]) {
        var act = Act(metadata: metadata, preamble: preamble)
        defer { metadata = act.metadata }
        // Justel's title: `Arrêté …(NOTE : … mise à jour au 21-09-2023) Voir modification(s)`;
        // the Code pénal's has two notes (`(NOTE 1 : Voir …) (NOTE : Consultation …)`). Every
        // note leaves the title at once, so that reading the title again changes nothing.
        if var title = act.metadata.title {
            var notes: [String] = []
            while let note = firstJustelNote(in: title) {
                var depth = 0
                var close = title.endIndex
                for index in title[note...].indices {
                    if title[index] == "(" { depth += 1 }
                    if title[index] == ")" { depth -= 1; if depth == 0 { close = index; break } }
                }
                let inside = close < title.endIndex ? String(title[title.index(after: note)..<close]) : String(title[title.index(after: note)...])
                notes.append(inside.trimmingSpaces)
                if act.metadata.consolidatedOn == nil,
                   let update = inside.range(of: "mise à jour au ") ?? inside.range(of: "bijgewerkt tot ") ?? inside.range(of: "tekstbijwerking tot ") {
                    act.metadata.consolidatedOn = LegalDate(String(inside[update.upperBound...].prefix(10)))
                }
                let rest = close < title.endIndex ? String(title[title.index(after: close)...]) : ""
                title = (String(title[..<note]).trimmingSpaces + " " + rest.trimmingSpaces).trimmingSpaces
            }
            if !notes.isEmpty {
                for suffix in ["Voir modification(s)", "Zie wijziging(en)"] where title.hasSuffix(suffix) {
                    title = String(title.dropLast(suffix.count)).trimmingSpaces
                }
                act.metadata.title = title
                act.metadata.justelNote = ([act.metadata.justelNote].compactMap { $0 } + notes).joined(separator: " ; ")
            }
        }
        if act.metadata.title == nil, let first = act.preamble.first {
            if let separator = first.text.range(of: ". - ") ?? first.text.range(of: ". – "),
               let date = LegalDate(String(first.text[..<separator.lowerBound])) {
                act.metadata.date = act.metadata.date ?? date
                act.metadata.title = String(first.text[separator.upperBound...]).trimmingSpaces
            }
        }
        if act.metadata.kind == nil {
            act.metadata.kind = act.metadata.title.flatMap(ActKind.fromTitle)
        }
        if act.metadata.kind == nil, let eli = act.metadata.eli, let range = eli.range(of: "/eli/") {
            let type = eli[range.upperBound...].split(separator: "/").first.map(String.init) ?? ""
            act.metadata.kind = ActKind.fromELIType(type)
        }
    }

    /// Dutch when the division headings or the first words of the act are Dutch; French
    /// otherwise. Looks at no more than the first 8 KB of text.
    ///
    /// - Complexity: O(1) in the size of the act (bounded sample).
    static func detectLanguage(_ act: Act) -> Language {
        sample(of: act).language
    }

    /// The first `budget` bytes of the act's words (8 KB), for its language.
    static func sample(of act: Act, budget: Int = 8_192) -> LanguageSample {
        var sample = LanguageSample(budget: budget)
        var stack = Array(act.body.reversed())
        while let element = stack.popLast(), !sample.isComplete {
            switch element {
            case .division(let division):
                sample.add(division)
                stack.append(contentsOf: division.children.reversed())
            case .article(let article):
                sample.add(article)
            }
        }
        return sample
    }
}
