import ChronolexModel

/// Builds the tree of an act from its lines, top-down: each line is classified
/// (``LineClassifier``), then handled by the function named for its kind. Open units —
/// the article, its paragraph, its alinéa and the points of the enumeration being read —
/// are closed when a line starts a unit of the same or a higher level.
///
/// Quotations are followed across lines (``QuoteTracker``): a line inside an open
/// quotation, or a line that opens one right after a line ending with `:`, is part of the
/// unit that quotes it (the replacement text of an amending act is content, never
/// structure). Divisions are nested as they are read, with an explicit stack of the open
/// ones: hostile input cannot drive recursion.
struct ActBuilder {
    private let source: SourceText
    private let classifier: LineClassifier
    private(set) var diagnostics: [Diagnostic] = []

    private var preamble: [TextLine] = []
    /// The divisions and articles read at the top of the act's body.
    private var body: [BodyElement] = []
    /// The divisions still open, the largest first: each holds what was read under it so far,
    /// and goes to the one before it (or to the body) when a division of its kind or a larger
    /// one begins.
    private var openDivisions: [Division] = []
    /// What was read last outside the articles' words, for a footnote or a line of text that
    /// belongs to it.
    private var lastElement: LastElement = .none
    /// Text after a division heading, said once the act is read (as when divisions were
    /// nested at the end).
    private var outsideTextWarnings: [Diagnostic] = []
    private var quotes = QuoteTracker()
    private var quoteUnit: String?
    /// Normalised article number → the line of its heading, to find duplicates; `nil` while
    /// every article's number comes after the one before (none can then stand twice). Made
    /// from the articles read so far when one does not.
    private var seen: [String: Int]?
    private var previousNumber: (number: String, key: ArticleNumber.OrderKey?)?

    // The units being read, kept flat so that each is mutated in place:
    /// The open article (its number and where it is), if any.
    private var openArticle: (number: String, start: SourceLocation)?
    /// The closed paragraphs of the open article.
    private var paragraphs: [Paragraph] = []
    /// The open paragraph (`number` is `nil` for an article without §).
    private var openParagraph: (number: String?, start: SourceLocation)?
    /// The closed alinéas of the open paragraph.
    private var alineas: [Alinea] = []
    /// The open alinéa (first) and the open points of its enumeration, outermost first.
    private var units: [OpenUnit] = []
    /// The end of the last line read into the open article.
    private var end = SourceLocation(line: 1)
    /// The words buffer of the last unit closed, emptied, for the next unit to fill: one
    /// allocation (and its growth) saved per unit.
    private var spareWords = TextAccumulator()

    private enum LastElement {
        /// Nothing yet: text goes to the preamble.
        case none
        /// A division heading, the innermost open division.
        case division
        case article
        /// A line of text after a division heading: the last line of the innermost open
        /// division's intro, or of the preamble when no division is open.
        case divisionText
    }

    /// A unit whose words are still being read: an alinéa (no label) or a point.
    private struct OpenUnit {
        var label: PointLabel?
        var text = TextAccumulator()
        var start: SourceLocation
        var children: [Point] = []
        /// Justel-marked spans, in offsets of `text`; `end` nil while the marker is open.
        var spans: [(footnote: Int, start: Int, end: Int?)] = []
    }

    // Justel consolidations only:
    /// True when the text is a Justel consolidation (markers and footnotes are read).
    private let justel: Bool
    /// The markers taken out of each line (by line number), at offsets of the clean line.
    private let markers: [Int: [JustelMarkers.Event]]
    /// True once the current line's markers went to a unit.
    private var markersConsumed = false
    /// Footnote numbers whose `[n` is open, oldest first (a marker can span units).
    private var openMarks: [Int] = []
    /// Openings read at the start of a line, before the unit they open exists.
    private var pendingOpenings: [Int] = []
    /// The footnotes read under the open article.
    private var footnotes: [JustelFootnote] = []
    /// True after plain text's footnote separator (`----------`), until a line that is
    /// not a footnote.
    private var inFootnoteBlock = false

    /// Lines the source itself marks as division headings (a Justel page's `LNK` anchors):
    /// read as headings whatever their words, never as text.
    private let divisionLines: Set<Int>

    /// Lines where a quotation still open is taken to have ended before them (see
    /// ``ActReader``: a quotation never closed ends with its article), and why.
    var quotationEnds: [Int: String] = [:]
    /// A quotation never closed: where it opened, in which article of the act.
    private(set) var unclosedQuotation: (line: Int, article: String?)?
    /// The article open when the current quotation opened.
    private var quoteArticle: String?
    /// Bold article headings read as quoted text: their line and number, and the quotation's
    /// article and opening line (``ActReader`` reads the act again when one is the act's own).
    private(set) var headingsInQuotation: [(line: Int, number: String, article: String?, opened: Int)] = []
    /// The outermost numbered point open when the current quotation opened: in an
    /// amending act, the sub-instruction that holds it ("6.").
    private var quotePoint: PointLabel?
    /// Lines read as quoted text that start with the number after that sub-instruction's
    /// and say a change ("7. dans la section 2, l'alinéa 3 est remplacé …"): the act's
    /// next sub-instruction, when the quotation was left open — never closed, or closed by
    /// a mark that opens a line of words (`" Lorsque …`), an opening mark read as the
    /// closing one. ``ActReader`` reads the act again so. A new text whose own « 2° … est
    /// complété … » is closed where it should be is left alone.
    private(set) var subInstructionsInQuotation: [(line: Int, label: String, after: String)] = []
    /// Such lines in the quotation open now, until it closes.
    private var candidatesInQuotation: [(line: Int, label: String, after: String)] = []

    // Streaming (``ActReader/read(bytes:file:streamingTo:)``):
    /// When set, each piece of the act goes here as soon as it is finished (``ActPiece``),
    /// and is not kept: the body ``read(lines:)`` returns is then empty.
    var pieces: ((ActPiece) -> Void)?
    /// The preamble was handed over (before the first division or article).
    private var preambleGiven = false
    /// How many of the open divisions were handed over (the outermost ones).
    private var divisionsGiven = 0
    /// The number and heading line of each article handed over, while ``seen`` is not made
    /// (it is made from them when needed, as from the tree otherwise).
    private var numbersGiven: [(String, Int)] = []

    init(source: SourceText, format: SourceFormat, markers: [Int: [JustelMarkers.Event]]? = nil, divisionLines: Set<Int> = []) {
        self.source = source
        self.classifier = LineClassifier(format: format)
        self.justel = markers != nil
        self.markers = markers ?? [:]
        self.divisionLines = divisionLines
    }

    private var file: String { source.file }

    // MARK: Reading the lines

    mutating func read(lines: Slice<SourceText.Lines>) -> (preamble: [TextLine], body: [BodyElement]) {
        source.bytes.withUnsafeBufferPointer { bytes in
            for line in lines {
                markersConsumed = false
                handle(line, bytes)
                if justel, !markersConsumed, let events = markers[line.number] { keepForLater(events, line: line.number) }
            }
        }
        closeArticle()
        subInstructionsInQuotation += candidatesInQuotation
        // The article numbers seen are of no more use.
        seen = nil
        if quotes.isOpen, let opened = quotes.openedAt {
            let unit = quoteUnit.map { "\($0): " } ?? ""
            unclosedQuotation = (opened.line, quoteArticle)
            diagnostics.append(.error("\(unit)quotation opened here is never closed (unbalanced « or \")", file: file, line: opened.line, column: opened.column))
        }
        while !openDivisions.isEmpty { closeDivision() }
        diagnostics += outsideTextWarnings
        return (preamble, body)
    }

    private mutating func handle(_ line: SourceText.Line, _ bytes: UnsafeBufferPointer<UInt8>) {
        if justel, !quotes.isOpen, readFootnote(line, bytes) { return }
        let kind = divisionLines.contains(line.number)
            ? classifier.classifyDivisionHeading(bytes, from: line.start, to: line.end)
            : classifier.classify(bytes, from: line.start, to: line.end)
        if quotes.isOpen, let why = quotationEnds[line.number] {
            diagnostics.append(.warning(why, file: file, line: quotes.openedAt?.line ?? line.number, unit: quoteUnit))
            quotes.abandon()
            candidatesInQuotation = []
        }
        if quotes.isOpen {
            if case .article(let number, true, _) = kind, let opened = quotes.openedAt {
                diagnostics.append(.warning("bold heading 'Art. \(number).' stands inside the quotation opened at line \(opened.line); read as quoted text, not as an article of this act", file: file, line: line.number, unit: currentUnitName))
                headingsInQuotation.append((line.number, number, quoteArticle, opened.line))
            }
            if case .point(let pointKind, let value, _, let restStart) = kind, let opened = quotes.openedAt, opened.line != line.number,
               let holder = quotePoint, Self.follows(PointLabel(kind: pointKind, value: value), holder),
               Self.saysAChange(bytes, from: restStart, to: line.end) {
                candidatesInQuotation.append((line.number, PointLabel(kind: pointKind, value: value).description, holder.description))
            }
            continueQuotation(line, bytes)
            return
        }
        switch kind {
        case .blank:
            return
        case .division(let divisionKind, let word, let number, let heading):
            closeArticle()
            let range = SourceRange(start: SourceLocation(line: line.number), end: SourceLocation(line: line.number, column: line.end - line.start + 1))
            // `CHAPITRE 2. - Des essais anciens (Abrogé)`: a repealed division, as the
            // consolidation prints one and as Justel's pages write theirs.
            let (words, repealed) = Headings.repealedDivisionHeading(heading)
            openDivision(Division(kind: divisionKind, word: word, number: number, heading: words,
                                  status: repealed ? .repealed : .inForce, range: range))
        case .article(let number, _, let restStart):
            startArticle(number, line: line)
            let rest = classifier.classifyBlock(bytes, from: restStart, to: line.end)
            handleBlock(rest, line, bytes)
        case .paragraph, .point, .text:
            handleBlock(kind, line, bytes)
        }
    }

    /// A Justel footnote line — `` `(1)<AR …>` `` in markdown; `(1)<AR …>` after the
    /// `----------` separator in plain text — goes to the open article; the separator is
    /// dropped. Returns false for any other line.
    private mutating func readFootnote(_ line: SourceText.Line, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = lineTextStart(line, bytes)
        guard let first = bytes[text..<line.end].first else { return false }
        let range = SourceRange(start: SourceLocation(line: line.number), end: SourceLocation(line: line.number, column: line.end - line.start + 1))
        var note: JustelFootnote?
        if first == UInt8(ascii: "`") {
            note = JustelMarkers.footnote(source.string(text, line.end), range: range)
        } else if JustelMarkers.isFootnoteSeparator(bytes, from: text, to: line.end) {
            inFootnoteBlock = true
            return true
        } else if inFootnoteBlock, first == UInt8(ascii: "(") {
            note = JustelMarkers.plainFootnote(source.string(text, line.end), range: range)
        } else if first == UInt8(ascii: "|"), openArticle != nil {
            // `| (1)<DCG 2023-06-19/10, art. 1, 002; …> | .. |`: under a table, Justel writes
            // the article's footnotes as rows of it.
            note = JustelMarkers.tableRowFootnote(source.string(text, line.end), range: range)
        }
        guard let note else {
            inFootnoteBlock = false
            return false
        }
        if openArticle == nil {
            // Under a division's heading: the act that inserted or replaced the division.
            if lastElement == .division {
                openDivisions[openDivisions.count - 1].footnotes.append(note)
                // `### Chapitre 4.` and Justel's note `Abrogé par …`: repealed, as an article is.
                if note.number == 0, JustelFootnote.isRepealNote(note.text) { openDivisions[openDivisions.count - 1].status = .repealed }
            } else {
                diagnostics.append(.warning("Justel footnote (\(note.number)) before any article or division: ignored", file: file, line: line.number))
            }
        } else {
            footnotes.append(note)
        }
        return true
    }

    private mutating func handleBlock(_ kind: LineKind, _ line: SourceText.Line, _ bytes: UnsafeBufferPointer<UInt8>) {
        switch kind {
        case .blank, .division, .article:
            return
        case .paragraph(let number, let restStart, let withoutPoint):
            guard openArticle != nil else { return addOutsideText(line, from: lineTextStart(line, bytes), bytes) }
            if withoutPoint {
                diagnostics.append(.warning("'§ \(number)' has no point after its number; read as the heading of § \(number)", file: file, line: line.number, unit: currentUnitName))
            }
            startParagraph(number, line: line)
            var restStart = restStart
            if justel {
                // `§ 2. [2 - Par dérogation …`: the dash of the paragraph's heading, inside the marker.
                var cursor = ByteCursor(bytes, from: restStart, to: line.end)
                if cursor.readDash(), cursor.skipSpaces() > 0 { restStart = cursor.position }
            }
            let rest = classifier.classifyBlock(bytes, from: restStart, to: line.end)
            if case .paragraph = rest { return handleText(line, from: restStart, bytes) }
            handleBlock(rest, line, bytes)
        case .point(let pointKind, let value, _, let restStart):
            guard openArticle != nil else { return addOutsideText(line, from: lineTextStart(line, bytes), bytes) }
            startPoint(pointKind, value, line: line, labelColumn: lineTextStart(line, bytes) - line.start + 1)
            appendWords(line, from: restStart, bytes)
        case .text(let textStart):
            guard openArticle != nil else { return addOutsideText(line, from: textStart, bytes) }
            // `Art. 564. <L 2005-07-20/41, art. 22, 051; En vigueur : 08-08-2005> Dans …`:
            // Justel's notes before numbered footnotes, where the article's words begin
            // (on its heading's line or the next), are its provenance (footnotes 0).
            // `Art. 2. (Abrogé) <L 1996-07-10/42, art. 2, 003; En vigueur : 01-08-1996>`: Justel's
            // old layout writes a repealed article so (68 articles of the Code pénal page) —
            // repealed, the note its provenance (look 30: read in force, its words the marker
            // and the note, so that « est rétabli » was refused).
            // Outside a file read as Justel's, only with notes dated as Justel dates them.
            if units.isEmpty, alineas.isEmpty, paragraphs.isEmpty,
               let (close, notes) = Self.repealedWithOldNotes(bytes, from: textStart, to: line.end),
               justel || notes.allSatisfy({ Self.noteDateEnd(bytes, from: $0.1, to: $0.2) != nil }) {
                for (note, start, after) in notes { addOldNote(note, line, from: start, to: after) }
                ensureParagraph(line)
                units.append(newUnit(label: nil, start: SourceLocation(line: line.number, column: textStart - line.start + 1)))
                appendWords(line, from: textStart, bytes, to: close)
                return
            }
            if justel, units.isEmpty, alineas.isEmpty, paragraphs.isEmpty {
                var start = textStart
                while let (note, after, unclosed) = Self.oldInlineNote(bytes, from: start, to: line.end) {
                    addOldNote(note, line, from: start, to: after)
                    if unclosed {
                        diagnostics.append(.warning("Justel's note « <\(note) » has no « > » before the next note: taken to end after its date, the words after it read as the article's", file: file, line: line.number, unit: currentUnitName))
                    }
                    start = after
                }
                if start > textStart {
                    if start < line.end { handleBlock(classifier.classifyBlock(bytes, from: start, to: line.end), line, bytes) }
                    return
                }
            }
            // `(- la haute école …;) <ACG 2005-10-27/39, art. 1, 004; En vigueur : 01-07-2005>`:
            // Justel's older notation of a changed dash in a list — the dash and its words in
            // parentheses, then the note — is that dash, the note its provenance.
            if justel, !units.isEmpty, let (close, note, noteStart) = Self.parenthesizedOldNote(bytes, from: textStart, to: line.end),
               case .point(let kind, let value, _, let restStart) = classifier.classifyBlock(bytes, from: textStart + 1, to: close), kind == .dash {
                startPoint(kind, value, line: line, labelColumn: textStart + 1 - line.start + 1)
                appendWords(line, from: restStart, bytes, to: close)
                addOldNote(note, line, from: noteStart, to: line.end)
                return
            }
            // A table (`_Table:_` and its `| … |` rows) belongs to the unit it follows: its rows
            // are not alinéas.
            if !units.isEmpty, Self.isTableLine(bytes, from: textStart, to: line.end) {
                appendWords(line, from: textStart, bytes)
                return
            }
            // A quotation opening right after "… comme suit :" belongs to that unit.
            if opensQuotation(bytes, at: textStart, end: line.end), innermostTextEndsWithColon {
                continueQuotation(line, bytes)
                return
            }
            // `2° « terreau » :` ⏎⏎ `un mélange de tourbe ;`: words printed on the line after
            // a point's colon are the point's own, not an alinéa after the enumeration.
            if openPointAwaitsItsWords(bytes, from: textStart, to: line.end) {
                appendWords(line, from: textStart, bytes)
                return
            }
            // `… les formes de coopération et les modalités` ⏎ `de conclusion de traités.`
            // (the Constitution's art. 128 in the shared corpus): in markdown, a line break
            // with no hard break (two spaces), after words with no final mark and before a
            // word in lower case, is a space inside the sentence, not a new alinéa (look 33:
            // « l'alinéa 2 » then counted the half-sentence). Said, for it mends the file.
            if continuesSentence(line, at: textStart, bytes) {
                diagnostics.append(.warning("line \(line.number) continues the sentence of line \(line.number - 1) (no final mark before the line break, a word in lower case after it): read as one alinéa", file: file, line: line.number, unit: currentUnitName))
                appendWords(line, from: textStart, bytes, joiner: 0x20)
                return
            }
            handleText(line, from: textStart, bytes)
        }
    }

    /// True when a markdown line continues the sentence of the line just before it, read
    /// into the open unit: that line opened the unit and ends in a letter, a digit or a
    /// comma, with no hard break (two spaces) after it; this one starts with a letter in
    /// lower case and ends the sentence — a final mark, then a blank line, the end of the
    /// text or a hard break. Lines of a list written without marks (« Worden benoemd tot
    /// lid » ⏎ « de heer …, te Gent » ⏎ « mevrouw …, te Brugge. »; « catégorie 1 : 100 »)
    /// stay alinéas (look 34: joined, « l'alinéa 2 » then named another line).
    private func continuesSentence(_ line: SourceText.Line, at textStart: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard classifier.format == .markdown, let top = units.last, top.text.lastLine == line.number - 1, top.text.lineCount == 1,
              !quotes.isOpen, endsTheSentence(line, bytes) else { return false }
        // The line before: its last bytes, before `\n` (and `\r`).
        var end = line.start - 1
        guard end > 0, bytes[end] == 0x0A else { return false }
        if end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        guard end >= 1, bytes[end - 1] != 0x20, bytes[end - 1] != 0x09 else { return false }
        // Its last character, and this line's first.
        func scalar(endingAt last: Int) -> Unicode.Scalar? {
            var start = last
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start...last]), as: UTF8.self).unicodeScalars.first
        }
        func scalar(startingAt first: Int) -> Unicode.Scalar? {
            guard first < line.end else { return nil }
            var stop = first + 1
            while stop < line.end, bytes[stop] & 0xC0 == 0x80 { stop += 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<stop]), as: UTF8.self).unicodeScalars.first
        }
        guard let before = scalar(endingAt: end - 1), before == "," || before.properties.isAlphabetic || ("0"..."9").contains(before),
              let after = scalar(startingAt: textStart), after.properties.isLowercase else { return false }
        // The line before opens its block: the line above it is blank, ends with a hard break,
        // or there is none (the last item of a list without marks is not its line's sequel).
        var previousStart = end - 1
        while previousStart > 0, bytes[previousStart - 1] != 0x0A { previousStart -= 1 }
        guard previousStart > 0 else { return true }
        var aboveEnd = previousStart - 1
        if aboveEnd > 0, bytes[aboveEnd - 1] == 0x0D { aboveEnd -= 1 }
        var aboveStart = aboveEnd
        while aboveStart > 0, bytes[aboveStart - 1] != 0x0A { aboveStart -= 1 }
        let above = bytes[aboveStart..<aboveEnd]
        return above.allSatisfy { $0 == 0x20 || $0 == 0x09 } || above.suffix(2).elementsEqual([0x20, 0x20])
    }

    /// True when the line ends with a final mark (`.`, `;`, `:`, `!`, `?`, a closing quote)
    /// and no line follows it in its block: a blank line, the end of the text, or a hard
    /// break (two spaces) after it.
    private func endsTheSentence(_ line: SourceText.Line, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var last = line.end - 1
        var spaces = 0
        while last >= line.start, bytes[last] == 0x20 || bytes[last] == 0x0D { if bytes[last] == 0x20 { spaces += 1 }; last -= 1 }
        guard last >= line.start else { return false }
        let mark = bytes[last]
        let final = [UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\"")].contains(mark)
            || (mark == 0xBB && last > line.start && bytes[last - 1] == 0xC2)
            || (mark == 0x9D && last > line.start + 1 && bytes[last - 1] == 0x80 && bytes[last - 2] == 0xE2)
        guard final else { return false }
        if spaces >= 2 { return true }
        // The next line (after this one's `\n` or `\r\n`): blank, or none.
        var k = line.end
        if k < bytes.count, bytes[k] == 0x0D { k += 1 }
        if k < bytes.count, bytes[k] == 0x0A { k += 1 }
        while k < bytes.count, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        return k >= bytes.count || bytes[k] == 0x0A || bytes[k] == 0x0D
    }

    private func lineTextStart(_ line: SourceText.Line, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var cursor = ByteCursor(bytes, from: line.start, to: line.end)
        cursor.skipSpaces()
        return cursor.position
    }

    // MARK: Articles

    private mutating func startArticle(_ number: String, line: SourceText.Line) {
        if innermostTextEndsWithColon, let text = innermostText, announcesReplacementText(text), let previous = openArticle {
            diagnostics.append(.warning("Art. \(previous.number) ends with an instruction announcing a replacement text (\"… \(text.suffix(30))\") but no quotation follows; the heading 'Art. \(number).' here is kept as an article of this act, as published — it is probably the announced text", file: file, line: line.number))
        }
        closeArticle()
        var number = number
        var key = ArticleNumber.orderKey(number)
        // A number that comes after the one before, when every one did, is new.
        let rising = key.map { key in previousNumber.map { $0.key?.precedes(key) == true } ?? true } ?? false
        if seen == nil, !rising {
            seen = articleNumbersRead()
            numbersGiven = []
        }
        if seen != nil {
            let cited = ArticleNumber.normalized(number)
            if let first = seen?[cited] {
                if justel, let variant = (2...99).lazy.map({ "\(number)-\($0)" }).first(where: { self.seen?[ArticleNumber.normalized($0)] == nil }) {
                    // Justel shows parallel versions of one article side by side (one per
                    // Region, or a version still to come), under the same heading.
                    diagnostics.append(.warning("Art. \(number) stands a second time (line \(first) has the first): Justel shows versions of one article side by side (for a Region, or still to come); this one is kept as Art. \(variant), which no instruction cites", file: file, line: line.number))
                    number = variant
                    key = ArticleNumber.orderKey(number)
                    seen?[ArticleNumber.normalized(variant)] = line.number
                } else {
                    diagnostics.append(.error("duplicate article number: Art. \(number) already stands at line \(first)", file: file, line: line.number))
                }
            } else {
                seen?[cited] = line.number
            }
        }
        if let previousNumber, let previousKey = previousNumber.key, let key, key.precedes(previousKey) {
            diagnostics.append(.warning("Art. \(number) follows Art. \(previousNumber.number): article numbers out of order", file: file, line: line.number))
        }
        previousNumber = (number, key)
        openArticle = (number, SourceLocation(line: line.number))
        end = SourceLocation(line: line.number, column: line.end - line.start + 1)
    }

    private mutating func closeArticle() {
        closeParagraph()
        guard let open = openArticle.take() else { return }
        var result = Article(number: open.number, paragraphs: paragraphs, range: SourceRange(start: open.start, end: end))
        paragraphs = []
        result.footnotes = footnotes
        footnotes = []
        // A marker says which footnote's act wrote its words: one whose footnote is not
        // under the article tells nothing, and is dropped (its words stay). (Only Justel
        // consolidations have markers: other articles are not walked again.)
        if justel {
            var orphans = OrphanMarks(known: Set(result.footnotes.map(\.number)))
            result = orphans.rewriteChildren(of: result)
            for number in orphans.dropped.sorted() {
                diagnostics.append(.warning("Justel marker [\(number) in Art. \(open.number) has no footnote (\(number)) under the article: its words are kept without provenance", file: file, line: open.start.line))
            }
        }
        for number in openMarks + pendingOpenings {
            diagnostics.append(.warning("Justel marker [\(number) is never closed in Art. \(open.number); closed at the end of the article", file: file, line: end.line))
        }
        openMarks = []
        pendingOpenings = []
        // `Art. 5. (Abrogé)`: a repealed article keeps its place and its number.
        if result.paragraphs.count == 1, result.paragraphs[0].number == nil, result.paragraphs[0].status == .repealed {
            result.status = .repealed
            result.paragraphs = []
        }
        // `Art. 29.4.` and only Justel's note `Abrogé par …`: repealed as well.
        if result.paragraphs.isEmpty, result.footnotes.contains(where: { $0.number == 0 && JustelFootnote.isRepealNote($0.text) }) {
            result.status = .repealed
        }
        if result.paragraphs.count > 1, result.paragraphs[0].number == nil {
            diagnostics.append(.warning("Art. \(open.number) has text before its first §; kept as an unnumbered part", file: file, line: open.start.line))
        }
        if let pieces {
            giveOpenDivisions()
            if seen == nil { numbersGiven.append((result.number, open.start.line)) }
            pieces(.article(result, depth: openDivisions.count))
        } else if openDivisions.isEmpty {
            body.append(.article(result))
        } else {
            openDivisions[openDivisions.count - 1].children.append(.article(result))
        }
        lastElement = .article
    }

    /// Hands over the preamble, then the open divisions not yet handed over, outermost
    /// first: a division goes when what it holds begins to go (its heading, intro and
    /// footnotes are then complete).
    private mutating func giveOpenDivisions() {
        guard let pieces else { return }
        if !preambleGiven {
            preambleGiven = true
            pieces(.preamble(preamble))
        }
        while divisionsGiven < openDivisions.count {
            pieces(.openDivision(openDivisions[divisionsGiven], depth: divisionsGiven))
            divisionsGiven += 1
        }
    }

    /// The normalised numbers of the articles read so far, each with the line of its heading.
    private func articleNumbersRead() -> [String: Int] {
        // Streaming, the articles are gone: their numbers were kept. (While every number
        // came after the one before, none stands twice.)
        if pieces != nil {
            return Dictionary(numbersGiven.map { (ArticleNumber.normalized($0.0), $0.1) }, uniquingKeysWith: { _, last in last })
        }
        var numbers: [String: Int] = [:]
        var stack: [ArraySlice<BodyElement>] = [body[...]] + openDivisions.map { $0.children[...] }
        while let elements = stack.popLast() {
            for element in elements {
                switch element {
                case .article(let article):
                    numbers[ArticleNumber.normalized(article.number)] = article.range?.start.line ?? 0
                case .division(let division):
                    stack.append(division.children[...])
                }
            }
        }
        return numbers
    }

    /// Justel's old inline note right after an article's heading — `<L 2005-07-20/41, art.
    /// 22, 051;  En vigueur :  08-08-2005 (rétabli …)>`, `<inséré par L 2000-11-28/34, art.
    /// 6; …>` — as its words without the angle brackets, and where the text goes on (spaces
    /// skipped); `nil` when the words do not open with one. A note is `<`, an optional verb,
    /// an act's abbreviation (a capital, then letters and digits), a date, and everything up
    /// to the `>` that closes it (parentheses inside balanced), on the line.
    /// `(…) <ACG 2005-10-27/39, art. 1, 004; En vigueur : 01-07-2005>` filling the line from
    /// `start`: the offset of the closing parenthesis, the note, and where the note begins.
    static func parenthesizedOldNote(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Int, String, Int)? {
        guard start < end, bytes[start] == UInt8(ascii: "(") else { return nil }
        // The note: the last `<` of the line, after `) `.
        var open = end - 1
        while open > start, bytes[open] != UInt8(ascii: "<") { open -= 1 }
        guard open > start + 2, let (note, after, _) = oldInlineNote(bytes, from: open, to: end), after >= end || bytes[after..<end].allSatisfy({ $0 == 0x20 }) else { return nil }
        var close = open - 1
        while close > start, bytes[close] == 0x20 { close -= 1 }
        guard bytes[close] == UInt8(ascii: ")") else { return nil }
        return (close, note, open)
    }

    ///
    /// A note that another `<` follows before its `>` (the Dutch Code pénal page, art. 505:
    /// `<L 1995-04-07/57, art. 7, 004; Inwerkingtreding : 20-05-1995 Met gevangenisstraf …
    /// gestraft : <W 2000-06-26/42, …>`, Justel's `>` forgotten) ends after the date of its
    /// entry into force, and `unclosed` says so (look 30: the note ran to the second `>`,
    /// and the article's first sentence, its penalty, was dropped without a word); without
    /// that date, it is no note.
    static func oldInlineNote(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (String, Int, unclosed: Bool)? {
        guard start < end, bytes[start] == UInt8(ascii: "<") else { return nil }
        var close = start + 1
        var depth = 0
        var unclosed = false
        while close < end {
            let b = bytes[close]
            if b == UInt8(ascii: "<") {
                guard let dateEnd = noteDateEnd(bytes, from: start + 1, to: close) else { return nil }
                close = dateEnd
                unclosed = true
                break
            }
            if b == UInt8(ascii: "(") { depth += 1 }
            if b == UInt8(ascii: ")") { depth = max(0, depth - 1) }
            if b == UInt8(ascii: ">"), depth == 0 { break }
            close += 1
        }
        guard close < end else { return nil }
        let inner = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<close]), as: UTF8.self)
        var body = Substring(inner)
        // Justel's verbs, and the two it also writes in lower case in old notes.
        for verb in (JustelFootnote.verbs + ["inséré par", "ingevoegd bij"]).map({ $0 + " " }) where body.hasPrefix(verb) {
            body = body.dropFirst(verb.count)
        }
        let abbreviation = body.prefix { $0.isLetter || $0.isNumber }
        guard let first = abbreviation.first, first.isUppercase, abbreviation.count <= 8,
              body.dropFirst(abbreviation.count).hasPrefix(" "),
              body.dropFirst(abbreviation.count + 1).prefix(10).filter({ $0.isASCIIDigit }).count >= 6 else { return nil }
        var after = unclosed ? close : close + 1
        while after < end, bytes[after] == 0x20 { after += 1 }
        return (inner.trimmingSpaces, after, unclosed)
    }

    /// Justel's old inline note, from byte `start` to `end` of `line`, as the article's
    /// provenance (footnote 0).
    private mutating func addOldNote(_ note: String, _ line: SourceText.Line, from start: Int, to end: Int) {
        let range = SourceRange(start: SourceLocation(line: line.number, column: start - line.start + 1),
                                end: SourceLocation(line: line.number, column: end - line.start + 1))
        footnotes.append(JustelFootnote(number: 0, text: note, range: range))
    }

    /// `(Abrogé) <L …>` (`(Opgeheven) <W …>`, one note or more) filling the line from `start`:
    /// where the marker ends, and each note with where it starts and where the text goes on;
    /// `nil` for anything else.
    static func repealedWithOldNotes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Int, [(String, Int, Int)])? {
        guard start < end, bytes[start] == UInt8(ascii: "(") else { return nil }
        var close = start + 1
        while close < end, close - start < 24, bytes[close] != UInt8(ascii: ")") { close += 1 }
        guard close < end, bytes[close] == UInt8(ascii: ")"),
              Headings.isRepealedMarker(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...close]), as: UTF8.self)) else { return nil }
        var notes: [(String, Int, Int)] = []
        var cursor = close + 1
        while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
        while cursor < end, let (note, after, unclosed) = oldInlineNote(bytes, from: cursor, to: end), !unclosed {
            notes.append((note, cursor, after))
            cursor = after
        }
        guard !notes.isEmpty, cursor >= end else { return nil }
        return (close + 1, notes)
    }

    private static let noteDateWords = [Array("vigueur".utf8), Array("Inwerkingtreding".utf8)]
    private static let noteDateShape = Array("00-00-0000".utf8)

    /// Where the date of a note's entry into force ends (`En vigueur : 20-05-1995`,
    /// `Inwerkingtreding : 20-05-1995`), between `start` and `end`; `nil` without one.
    static func noteDateEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        for word in noteDateWords {
            var k = start
            while k + word.count <= end {
                if bytes[k] == word[0], bytes[k..<(k + word.count)].elementsEqual(word) {
                    var cursor = k + word.count
                    while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
                    guard cursor < end, bytes[cursor] == UInt8(ascii: ":") else { break }
                    cursor += 1
                    while cursor < end, bytes[cursor] == 0x20 { cursor += 1 }
                    let shape = noteDateShape
                    guard cursor + shape.count <= end,
                          zip(bytes[cursor..<(cursor + shape.count)], shape).allSatisfy({ $1 == UInt8(ascii: "-") ? $0 == $1 : (0x30...0x39).contains($0) })
                    else { break }
                    return cursor + shape.count
                }
                k += 1
            }
        }
        return nil
    }

    /// Removes the marks whose footnote is not under their article, and says which footnote
    /// numbers they named.
    private struct OrphanMarks: ActRewriter {
        let known: Set<Int>
        var dropped = Set<Int>()

        mutating func rewriteMark(_ mark: JustelMark) -> JustelMark? {
            if known.contains(mark.footnote) { return mark }
            dropped.insert(mark.footnote)
            return nil
        }
    }

    // MARK: Paragraphs

    private mutating func startParagraph(_ number: String, line: SourceText.Line) {
        closeParagraph()
        openParagraph = (number, SourceLocation(line: line.number))
        end = SourceLocation(line: line.number, column: line.end - line.start + 1)
    }

    private mutating func ensureParagraph(_ line: SourceText.Line) {
        if openParagraph == nil { openParagraph = (nil, SourceLocation(line: line.number)) }
    }

    private mutating func closeParagraph() {
        closeAlinea()
        guard let open = openParagraph.take() else { return }
        var paragraph = Paragraph(number: open.number, alineas: alineas, range: SourceRange(start: open.start, end: end))
        alineas = []
        // `§ 3. (...)`: a paragraph whose only alinéa is the repeal marker is repealed.
        if paragraph.alineas.count == 1, paragraph.alineas[0].status == .repealed {
            paragraph.status = .repealed
            paragraph.alineas = []
        }
        paragraphs.append(paragraph)
    }

    // MARK: Alinéas

    private mutating func handleText(_ line: SourceText.Line, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        ensureParagraph(line)
        closeAlinea()
        units.append(newUnit(label: nil, start: SourceLocation(line: line.number, column: start - line.start + 1)))
        appendWords(line, from: start, bytes)
    }

    private mutating func ensureAlinea(_ line: SourceText.Line, column: Int) {
        ensureParagraph(line)
        if units.isEmpty { units.append(newUnit(label: nil, start: SourceLocation(line: line.number, column: column))) }
    }

    private mutating func closeAlinea() {
        guard !units.isEmpty else { return }
        while units.count > 1 { closeTopPoint() }
        var alinea = units.removeLast()
        let repealed = alinea.children.isEmpty && Self.isRepealedMarker(alinea.text)
        let (sentences, marks) = self.marks(of: alinea, repealed: repealed)
        var result = Alinea(sentences: sentences, points: alinea.children, range: SourceRange(start: alinea.start, end: end))
        result.marks = marks
        if repealed {
            result.status = .repealed
            result.sentences = []
        }
        alineas.append(result)
        recycle(&alinea.text)
    }

    /// Keeps a closed unit's words buffer, emptied, for the next unit.
    private mutating func recycle(_ words: inout TextAccumulator) {
        words.removeAll()
        swap(&spareWords, &words)
    }

    /// `(...)`, `(Abrogé)`: the words of a repealed unit (see ``Headings/isRepealedMarker(_:)``),
    /// looked at only when they are short enough to be one and hold what every one holds:
    /// `(`, `.` or `…` (whose first byte is 0xE2).
    private static func isRepealedMarker(_ words: TextAccumulator) -> Bool {
        words.bytes.count <= 24
            && words.bytes.contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ".") || $0 == 0xE2 }
            && Headings.isRepealedMarker(words.string)
    }

    /// A new alinéa or point; the Justel markers still open go on in it from its first word.
    private mutating func newUnit(label: PointLabel?, start: SourceLocation) -> OpenUnit {
        var unit = OpenUnit(label: label, start: start)
        swap(&unit.text, &spareWords)
        unit.spans = openMarks.map { ($0, 0, nil) }
        return unit
    }

    /// The marked spans of a closed unit, in offsets of its text as the model keeps it
    /// (spans still open end with the unit, and go on in the next one).
    private func marks(of unit: OpenUnit, repealed: Bool) -> (sentences: [Sentence], marks: [JustelMark]) {
        let length = unit.text.bytes.count
        let offsets = unit.spans.flatMap { [min($0.start, length), min($0.end ?? length, length)] }
        let (sentences, mapped) = unit.text.sentences(in: source.shared, mapping: offsets)
        // A marked span ends at a word, not after the space or line end that follows it
        // (`travail ]2qui`): written back, its closing marker then stands against the word.
        let text = unit.spans.isEmpty ? [] : Array(sentences.map(\.text).joined(separator: " ").utf8)
        let marks = unit.spans.indices.map { k in
            if repealed { return JustelMark(footnote: unit.spans[k].footnote, start: 0, end: 0) }
            var end = mapped[2 * k + 1]
            while end > mapped[2 * k], end <= text.count, text[end - 1] == 0x20 || text[end - 1] == 0x0A { end -= 1 }
            return JustelMark(footnote: unit.spans[k].footnote, start: mapped[2 * k], end: end)
        }
        return (sentences, marks)
    }

    // MARK: Points

    private mutating func startPoint(_ kind: PointLabel.Kind, _ value: String, line: SourceText.Line, labelColumn: Int) {
        ensureAlinea(line, column: labelColumn)
        let label = PointLabel(kind: resolvedKind(kind, value), value: value)
        while units.count > 1, let top = units.last, let topLabel = top.label, topLabel.kind.rank >= label.kind.rank, !Self.holds(top, label) {
            closeTopPoint()
        }
        units.append(newUnit(label: label, start: SourceLocation(line: line.number, column: labelColumn)))
    }

    /// « 6° professeur de formation instrumentale, pour chacune des spécialités suivantes : »
    /// then « 1) accordéon ; 2) alto ; … » (2019030053, art. 27): items numbered `1)` under a
    /// `6°` that announces them (its words end with a colon, or it holds such items already)
    /// are its own, not points beside it — once, « le 7° » found the item « 7) ».
    private static func holds(_ top: OpenUnit, _ label: PointLabel) -> Bool {
        guard top.label?.kind == .degree, label.kind == .number else { return false }
        return top.children.first?.label.kind == .number || top.text.lastByte == UInt8(ascii: ":")
    }

    /// `i)` after `h)` is a letter; after `a)` it opens a roman enumeration.
    private func resolvedKind(_ kind: PointLabel.Kind, _ value: String) -> PointLabel.Kind {
        guard kind == .letter, PointLabel.isRoman(value), let top = units.last?.label else { return kind }
        if top.kind == .roman { return .roman }
        if top.kind == .letter {
            let previous = top.value.unicodeScalars.first.map { $0.value } ?? 0
            let this = value.unicodeScalars.first.map { $0.value } ?? 0
            return value.count == 1 && this == previous + 1 ? .letter : .roman
        }
        return kind
    }

    /// Closes the innermost open point and attaches it to its parent (a point or the alinéa).
    private mutating func closeTopPoint() {
        guard units.count > 1 else { return }
        var open = units.removeLast()
        guard var label = open.label else { return }
        let parent = units.count - 1
        if label.kind == .dash {
            label.value = String(units[parent].children.reduce(0) { $0 + ($1.label.kind == .dash ? 1 : 0) } + 1)
        }
        let repealed = open.children.isEmpty && Self.isRepealedMarker(open.text)
        let (sentences, marks) = self.marks(of: open, repealed: repealed)
        var point = Point(label: label, sentences: sentences, points: open.children, range: SourceRange(start: open.start, end: end))
        point.marks = marks
        if repealed {
            point.status = .repealed
            point.sentences = []
        }
        units[parent].children.append(point)
        recycle(&open.text)
    }

    // MARK: Words

    /// Appends the words of a line, from `start`, to the innermost open unit, following
    /// (and normalising) its quotation marks on the way.
    private mutating func appendWords(_ line: SourceText.Line, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>, quoted: Bool = false, to stop: Int? = nil,
                                      joiner: UInt8 = 0x0A) {
        let wasOpen = quotes.isOpen
        let openedBefore = quotes.openedAt
        let column = start - line.start + 1
        let lineEnd = stop ?? line.end
        let end = SourceLocation(line: line.number, column: lineEnd - line.start + 1)
        // `1\. …` in markdown: words that begin like a list item, written so that they are
        // not one (Chronolex's markdown writes them so); the backslash goes.
        let escape = classifier.format == .markdown ? Self.escapedMarkupStart(bytes, from: start, to: lineEnd) : nil
        let restoreDegree = quoted && classifier.format == .markdown && escape == nil
        let file = self.file
        // The line's markers, at the offsets of the words they stand among (those before the
        // words — in a heading or a label — mark the words from their start).
        var events = justel && !markersConsumed ? markers[line.number] ?? [] : []
        let wanted = events.map { max(line.start + $0.offset, start) }
        var eventsStart = 0
        // (A local function, not a closure kept in a constant: what it changes is not boxed.)
        func write(_ out: inout [UInt8], _ quotes: inout QuoteTracker, _ diagnostics: inout [Diagnostic]) {
            let first = out.count
            var mapped = quotes.process(bytes, from: start, to: lineEnd, line: line.number, lineStart: line.start,
                                        file: file, diagnostics: &diagnostics, into: &out, mapping: wanted, skipping: escape ?? -1)
            // `1.` becomes `1°`, one byte longer: the markers after it move with the words.
            if restoreDegree, let dot = Self.restoreDegreeSign(&out, from: first) {
                for k in mapped.indices where mapped[k] > dot { mapped[k] += 1 }
            }
            for k in events.indices { events[k].offset = k < mapped.count ? mapped[k] : out.count }
            eventsStart = first
        }
        if units.isEmpty {
            var ignored: [UInt8] = []
            write(&ignored, &quotes, &diagnostics)
        } else {
            units[units.count - 1].text.appendLine(line: line.number, column: column, source: start, joiner: joiner) { write(&$0, &quotes, &diagnostics) }
            self.end = end
            if justel {
                markersConsumed = true
                record(openingsAt: eventsStart, events, line: line.number)
            }
        }
        // The quotation open before this line closed on it (another may have opened).
        if wasOpen, !candidatesInQuotation.isEmpty,
           !quotes.isOpen || quotes.openedAt?.line != openedBefore?.line || quotes.openedAt?.column != openedBefore?.column {
            if Self.startsWithQuotedWords(bytes, from: line.start, to: line.end) { subInstructionsInQuotation += candidatesInQuotation }
            candidatesInQuotation = []
        }
        if !wasOpen, quotes.isOpen {
            quoteUnit = currentUnitName
            quoteArticle = openArticle?.number
            quotePoint = units.lazy.compactMap(\.label).first { $0.kind == .degree || $0.kind == .number }
        }
    }

    /// True when the line begins with a quotation mark followed by words (`" Lorsque …`):
    /// a mark that opens, whatever the count of marks made of it.
    static func startsWithQuotedWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var i = start
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i < end else { return false }
        if bytes[i] == UInt8(ascii: "\"") {
            i += 1
        } else if i + 1 < end, bytes[i] == 0xC2, bytes[i + 1] == 0xAB {
            i += 2
        } else if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C {
            i += 3
        } else {
            return false
        }
        while i < end, bytes[i] == 0x20 { i += 1 }
        guard i < end else { return false }
        return ![UInt8(ascii: ";"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ")")].contains(bytes[i])
    }

    /// Applies the markers of a line to the innermost open unit: the openings read at the
    /// start of the line first, then those inside it, in order.
    private mutating func record(openingsAt lineStart: Int, _ events: [JustelMarkers.Event], line: Int) {
        let index = units.count - 1
        let openings = pendingOpenings.map { JustelMarkers.Event(offset: lineStart, opens: true, number: $0) }
        pendingOpenings = []
        for event in openings + events {
            if event.opens, let number = event.number {
                units[index].spans.append((number, event.offset, nil))
                openMarks.append(number)
                continue
            }
            // A closing: the given number, or the innermost open marker for a bare `]`.
            guard let number = event.number ?? openMarks.last else {
                diagnostics.append(.warning("']' closes no Justel marker: dropped", file: file, line: line))
                continue
            }
            if event.number == nil {
                diagnostics.append(.warning("Justel marker [\(number) closed by ']' without its number", file: file, line: line))
            }
            guard let open = openMarks.lastIndex(of: number) else {
                diagnostics.append(.warning("Justel marker ]\(number) closes no [\(number): dropped", file: file, line: line))
                continue
            }
            openMarks.remove(at: open)
            if let span = units[index].spans.lastIndex(where: { $0.footnote == number && $0.end == nil }) {
                units[index].spans[span].end = event.offset
            }
        }
    }

    /// Markers of a line that gave no words to any unit (`**Art. 5.** [1` alone): openings
    /// wait for the next words; closings end what is open.
    private mutating func keepForLater(_ events: [JustelMarkers.Event], line: Int) {
        for event in events {
            if event.opens, let number = event.number {
                pendingOpenings.append(number)
            } else if let number = event.number ?? pendingOpenings.last ?? openMarks.last {
                if let pending = pendingOpenings.lastIndex(of: number) {
                    pendingOpenings.remove(at: pending)
                } else if let open = openMarks.lastIndex(of: number) {
                    openMarks.remove(at: open)
                    if !units.isEmpty, let span = units[units.count - 1].spans.lastIndex(where: { $0.footnote == number && $0.end == nil }) {
                        units[units.count - 1].spans[span].end = units[units.count - 1].text.bytes.count
                    }
                }
            }
        }
    }

    /// A line inside a quotation: part of the unit that opened it.
    private mutating func continueQuotation(_ line: SourceText.Line, _ bytes: UnsafeBufferPointer<UInt8>) {
        let start = lineTextStart(line, bytes)
        guard openArticle != nil else { return addOutsideText(line, from: start, bytes) }
        ensureAlinea(line, column: start - line.start + 1)
        appendWords(line, from: start, bytes, quoted: true)
    }

    /// In quoted text too, a markdown list item `1. ` stands for the point `1° `
    /// (also right after the opening «). Returns where the `.` was, if it was replaced.
    @discardableResult
    static func restoreDegreeSign(_ words: inout [UInt8], from start: Int) -> Int? {
        var i = start
        if words.count >= start + 2, words[start] == 0xC2, words[start + 1] == 0xAB {
            i = start + 2
            while i < words.count, words[i] == 0x20 { i += 1 }
        }
        let digitsStart = i
        while i < words.count, words[i].isASCIIDigit, i - digitsStart < 4 { i += 1 }
        guard i > digitsStart, i + 1 < words.count, words[i] == UInt8(ascii: "."), words[i + 1] == 0x20 else { return nil }
        words.replaceSubrange(i...i, with: [0xC2, 0xB0])
        return i
    }

    /// Where the backslash of an escape at the words' start stands — `1\. ` (digits, `/`,
    /// then `\.` and a space or the end), or `\#`, `` \` ``, `\-` — spaces and an opening «
    /// skipped from `start`; `nil` for any other words. Chronolex's markdown writes these for
    /// words that would otherwise read as markup.
    static func escapedMarkupStart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var i = start
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        if i + 1 < end, bytes[i] == 0xC2, bytes[i + 1] == 0xAB {
            i += 2
            while i < end, bytes[i] == 0x20 { i += 1 }
        }
        if i + 1 < end, bytes[i] == UInt8(ascii: "\\"),
           bytes[i + 1] == UInt8(ascii: "#") || bytes[i + 1] == UInt8(ascii: "`") || bytes[i + 1] == UInt8(ascii: "-") {
            return i
        }
        let digits = i
        while i < end, bytes[i].isASCIIDigit || bytes[i] == UInt8(ascii: "/") { i += 1 }
        guard i > digits, bytes[digits].isASCIIDigit, i + 1 < end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: ".") else { return nil }
        guard i + 2 == end || bytes[i + 2] == 0x20 else { return nil }
        return i
    }

    /// Text before the first article (title, preamble) or between a division heading
    /// and its first article.
    private mutating func addOutsideText(_ line: SourceText.Line, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        let wasOpen = quotes.isOpen
        var words: [UInt8] = []
        let escape = classifier.format == .markdown ? Self.escapedMarkupStart(bytes, from: start, to: line.end) : nil
        quotes.process(bytes, from: start, to: line.end, line: line.number, lineStart: line.start, file: file, diagnostics: &diagnostics, into: &words,
                       skipping: escape ?? -1)
        if !wasOpen, quotes.isOpen { quoteUnit = nil }
        var text = String(decoding: words, as: UTF8.self).trimmingSpaces
        let range = SourceRange(start: SourceLocation(line: line.number, column: start - line.start + 1),
                                end: SourceLocation(line: line.number, column: line.end - line.start + 1))
        if wasOpen {
            // A quotation that started outside the articles goes on in the same line of
            // text; a blank line inside it leaves no trace, as in an article.
            if text.isEmpty { return }
            if lastElement == .divisionText {
                if openDivisions.isEmpty {
                    preamble[preamble.count - 1].text += "\n" + text
                } else {
                    let top = openDivisions.count - 1
                    openDivisions[top].intro[openDivisions[top].intro.count - 1].text += "\n" + text
                }
                return
            }
            if lastElement == .none, var previous = preamble.popLast() {
                previous.text += "\n" + text
                text = previous.text
                preamble.append(TextLine(text, range: previous.range.map { $0.union(range) }))
                return
            }
        }
        if lastElement == .none {
            preamble.append(TextLine(text, range: range))
        } else {
            addDivisionText(TextLine(text, range: range))
        }
    }

    // MARK: Helpers

    private var innermostText: String? { units.last?.text.string }

    /// True when the innermost open unit's words end with `:` (checked on the bytes).
    private var innermostTextEndsWithColon: Bool { units.last?.text.lastByte == UInt8(ascii: ":") }

    /// True when the line, from `start`, is the words the innermost open point announces:
    /// the point's one line ends with a colon and it has no sub-point yet, and either
    /// - its words are a term in quotation marks (`2° « terreau » :` ⏎⏎ `un mélange … ;`): a
    ///   definition printed on the line after its term, as the Moniteur, then Justel, print
    ///   many — replacing the 2° once left its old definition behind (hand check 6); or
    /// - it says no change and the line begins with a word (« b) titres jugés suffisants :
    ///   » ⏎⏎ « Les titres repris sub a) … », 2019030053, art. 27, 6°, hand check 12, record
    ///   54). After « 1° l'alinéa 2 est remplacé par ce qui suit : » the line is its new text,
    ///   read as such; a bullet `*` the reader does not take for a label (the Constitution's
    ///   « 2. l'enseignement, à l'exception: » ⏎ « * de la fixation … ») would make its first
    ///   item the point's and the others alinéas.
    ///
    /// Otherwise the line is an alinéa after the enumeration, and the next points its own.
    private func openPointAwaitsItsWords(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard units.count > 1, let top = units.last, top.label != nil, top.children.isEmpty,
              top.text.lastByte == UInt8(ascii: ":"), !top.text.bytes.contains(0x0A) else { return false }
        if Self.endsWithQuotedTerm(top.text.bytes) { return true }
        guard start < end, bytes[start].isASCIILetter || bytes[start] >= 0xC0 else { return false }
        return top.text.bytes.withUnsafeBufferPointer { !Self.saysAChange($0, from: 0, to: $0.count) } && !announcesReplacementText(top.text.string)
    }

    /// True when the words end with a closing quotation mark (as the tracker wrote it: `"`,
    /// `»`, `”`), then spaces and the final colon.
    private static func endsWithQuotedTerm(_ bytes: [UInt8]) -> Bool {
        var end = bytes.count - 1
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end >= 2 else { return false }
        return bytes[end - 1] == UInt8(ascii: "\"")
            || (bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xBB)
            || (end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x9D)
    }

    /// The unit being read, as diagnostics name it: `Art. 8, 2°, c)`.
    private var currentUnitName: String? {
        guard let openArticle else { return nil }
        var parts = ["Art. \(openArticle.number)"]
        if let number = openParagraph?.number { parts.append("§ \(number)") }
        parts += units.compactMap { $0.label?.description }
        return parts.joined(separator: ", ")
    }

    private func opensQuotation(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int) -> Bool {
        guard start < end else { return false }
        if bytes[start] == UInt8(ascii: "\"") { return true }
        if start + 1 < end, bytes[start] == 0xC2, bytes[start + 1] == 0xAB { return true }
        if start + 2 < end, bytes[start] == 0xE2, bytes[start + 1] == 0x80, bytes[start + 2] == 0x9C { return true }
        return false
    }

    /// True when `label` is the number after `holder`'s (`7.` after `6.` or `6°`).
    static func follows(_ label: PointLabel, _ holder: PointLabel) -> Bool {
        let numbered: Set<PointLabel.Kind> = [.degree, .number]
        guard numbered.contains(label.kind), numbered.contains(holder.kind),
              let n = Int(label.value), let m = Int(holder.value) else { return false }
        return n == m + 1
    }

    /// True when the words say a change as an instruction does: « est remplacé »,
    /// « sont insérés », « est abrogée », « les modifications suivantes sont apportées » …
    static func saysAChange(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        let words = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        for auxiliary in [" est ", " sont "] {
            var search = words.startIndex
            while let found = words.range(of: auxiliary, range: search..<words.endIndex) {
                let after = words[found.upperBound...]
                if changeParticiples.contains(where: { after.hasPrefix($0) }) { return true }
                search = found.upperBound
            }
        }
        return false
    }

    private static let changeParticiples = ["remplacé", "inséré", "abrogé", "supprimé", "complété", "ajouté", "apportées", "modifié", "rétabli"]

    /// `_Table:_` (how converted texts announce a table) or a `| … |` row of one.
    static func isTableLine(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        if bytes[start] == UInt8(ascii: "|") { return true }
        // The first byte first: the marker is not made into an array for every line.
        guard bytes[start] == UInt8(ascii: "_") else { return false }
        let marker: StaticString = "_Table:_"
        return marker.withUTF8Buffer { marker in
            end - start >= marker.count && UnsafeBufferPointer(rebasing: bytes[start..<(start + marker.count)]).elementsEqual(marker)
        }
    }

    /// "… est remplacé par ce qui suit :" and the like.
    private func announcesReplacementText(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasSuffix(":") else { return false }
        let lower = trimmed.lowercased()
        return ["ce qui suit", "comme suit", "ainsi rédigé", "rédaction suivante", "luidende", "als volgt", "wat volgt"]
            .contains { lower.contains($0) }
    }

    // MARK: Nesting divisions

    /// A division heading: the open divisions of its kind or smaller are closed; it holds
    /// what follows it until a division of the same or a larger kind.
    private mutating func openDivision(_ division: Division) {
        // « TROISIEME PARTIE » then « LIVRE III » (the Code de la démocratie locale): in this
        // act, books are inside parts — from the first book opened inside a part on.
        if division.kind == .livre, openDivisions.contains(where: { $0.kind == .partie }), !openDivisions.contains(where: { $0.kind == .livre }) {
            livresInParties = true
        }
        while let top = openDivisions.last, rank(top.kind) >= rank(division.kind) { closeDivision() }
        openDivisions.append(division)
        lastElement = .division
    }

    /// True once a book opened inside a part: books then rank below parts.
    private var livresInParties = false

    /// A division's rank in this act (``DivisionKind/rank``, doubled; a book between a part
    /// and a title where the act puts its books inside its parts).
    private func rank(_ kind: DivisionKind) -> Int {
        kind == .livre && livresInParties ? DivisionKind.partie.rank * 2 + 1 : kind.rank * 2
    }

    /// Closes the innermost open division: it goes to the division that holds it, or to the body.
    private mutating func closeDivision() {
        if let pieces {
            giveOpenDivisions()
            guard let division = openDivisions.popLast() else { return }
            divisionsGiven -= 1
            pieces(.closeDivision(division, depth: openDivisions.count))
            return
        }
        guard let division = openDivisions.popLast() else { return }
        if openDivisions.isEmpty {
            body.append(.division(division))
        } else {
            openDivisions[openDivisions.count - 1].children.append(.division(division))
        }
    }

    /// Text after a division heading, outside any article: kept with the heading's division
    /// (in the preamble when none is open), not as law.
    private mutating func addDivisionText(_ line: TextLine) {
        outsideTextWarnings.append(.warning("text outside any article, after a division heading: kept with the heading's division, not as law", file: file, line: line.range?.start.line))
        if openDivisions.isEmpty {
            preamble.append(line)
        } else {
            openDivisions[openDivisions.count - 1].intro.append(line)
        }
        lastElement = .divisionText
    }
}

extension Optional {
    /// The value, leaving `nil` in its place (so that the value is uniquely referenced).
    mutating func take() -> Wrapped? {
        defer { self = nil }
        return self
    }
}
