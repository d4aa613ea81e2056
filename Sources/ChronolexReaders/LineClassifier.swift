import ChronolexModel

/// What one line of an act is, by its first words: a division heading, an article
/// heading, the start of a paragraph, a point of an enumeration, or text. Each form has
/// one reading function below, named for it.
enum LineKind: Equatable {
    case blank
    /// `## TITRE Ier. - Dispositions générales`, `CHAPITRE II. - Règles applicables`.
    case division(kind: DivisionKind, word: String, number: String, heading: String)
    /// `**Art. 2.** rest`, `Article 1er. rest`: `restStart` is where the rest begins.
    case article(number: String, bold: Bool, restStart: Int)
    /// `§ 1er. rest`, `§ 2 - rest`; `§ 1er Les …` (no point, a capital after) is
    /// `withoutPoint`.
    case paragraph(number: String, restStart: Int, withoutPoint: Bool)
    /// `1° rest`, `8.1° rest`, `a) rest`, `- rest`; `1. rest` in markdown (`fromList`).
    case point(kind: PointLabel.Kind, value: String, fromList: Bool, restStart: Int)
    /// Anything else, from `textStart` (leading spaces skipped).
    case text(textStart: Int)
}

/// The source format of an act, detected from its text.
public enum SourceFormat: String, Sendable {
    /// Markdown with (or without) YAML front matter: the seed format, iterata-md's.
    case markdown
    /// Plain text copied from eJustice: headings `Article 1er.` / `Art. 2.` at line start.
    case plainText = "text"
    /// An HTML page (Moniteur, Justel).
    case html
}

struct LineClassifier {
    let format: SourceFormat

    func classify(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> LineKind {
        var cursor = ByteCursor(bytes, from: start, to: end)
        cursor.skipSpaces()
        if cursor.isAtEnd { return .blank }
        let first = cursor.position
        if format == .markdown, cursor.current == UInt8(ascii: "#") {
            return readMarkdownHeading(cursor)
        }
        if let article = readArticleHeading(cursor) { return article }
        if let division = readPlainDivisionHeading(cursor) { return division }
        return classifyBlock(bytes, from: first, to: end)
    }

    /// A line the source marks as a division heading (a Justel page anchors them): its
    /// keyword and number read as in a markdown heading, and, without a keyword, a
    /// division of kind `other` whose heading is the whole line (`(DISPOSITIONS COMMUNES
    /// AUX SECTIONS II, III ET IV).`).
    func classifyDivisionHeading(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> LineKind {
        var cursor = ByteCursor(bytes, from: start, to: end)
        cursor.skipSpaces()
        if cursor.isAtEnd { return .blank }
        if let division = readDivisionWords(cursor, strict: false) { return division }
        let text = cursor.string(cursor.position..<cursor.end).trimmingSpaces
        return .division(kind: .other, word: "", number: "", heading: text)
    }

    /// A block inside an article (also the rest of an article heading's line):
    /// a paragraph, a point or text.
    func classifyBlock(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> LineKind {
        var cursor = ByteCursor(bytes, from: start, to: end)
        cursor.skipSpaces()
        if cursor.isAtEnd { return .blank }
        if let paragraph = readParagraphStart(cursor) { return paragraph }
        if let point = readPoint(cursor) { return point }
        return .text(textStart: cursor.position)
    }

    // MARK: Division headings

    /// `## TITRE Ier. - Dispositions générales`: the keyword names the kind; a heading
    /// with another word is a division of kind `other`.
    private func readMarkdownHeading(_ start: ByteCursor) -> LineKind {
        var cursor = start
        _ = cursor.readWhile { $0 == UInt8(ascii: "#") }
        cursor.skipSpaces()
        var inner = cursor
        _ = inner.readWhile { $0 == UInt8(ascii: "*") }
        if let division = readDivisionWords(inner, strict: false) ?? readOrdinalFirst(inner) { return division }
        let text = cursor.string(cursor.position..<cursor.end).trimmingSpaces
        return .division(kind: .other, word: "", number: "", heading: text.trimmingMarkdownEmphasis)
    }

    /// `TROISIEME PARTIE. - Les finances`: the ordinal before the division's word, in
    /// capitals, in a line already known to be a heading (the Code de la démocratie locale
    /// numbers its parts so); read as `Partie 3`. Words of a heading (« Première section »,
    /// a new section's title) are not.
    private func readOrdinalFirst(_ start: ByteCursor) -> LineKind? {
        var cursor = start
        let ordinalRange = cursor.readWhile { $0.isASCIIUpper || $0 == UInt8(ascii: "-") || $0 >= 0x80 }
        guard (5...16).contains(ordinalRange.count), cursor.current == 0x20,
              let value = OrdinalNumber.value(ofOrdinal: cursor.string(ordinalRange)), cursor.skipSpaces() > 0 else { return nil }
        guard case .division(let kind, let word, let number, let heading)? = readDivisionWords(cursor, strict: false), number.isEmpty,
              [.partie, .livre, .titre].contains(kind), word == word.uppercased() else { return nil }
        return .division(kind: kind, word: word, number: String(value), heading: heading)
    }

    /// A plain-text heading: `CHAPITRE II. - Règles applicables`, `Section 2.1 - …`,
    /// `Annexe.`; also bold in markdown (`**CHAPITRE II. - …**`).
    private func readPlainDivisionHeading(_ start: ByteCursor) -> LineKind? {
        var cursor = start
        if format == .markdown { _ = cursor.readWhile { $0 == UInt8(ascii: "*") } }
        guard let c = cursor.current, c.isASCIIUpper else { return nil }
        return readDivisionWords(cursor, strict: true)
    }

    /// `KEYWORD [NUMBER][.] [- HEADING]`. Strict (plain text): the number must be
    /// followed by the end of the line, `.` or a dash, so that a sentence starting with
    /// "Section 2 du chapitre…" stays text.
    private func readDivisionWords(_ start: ByteCursor, strict: Bool) -> LineKind? {
        var cursor = start
        let wordRange = cursor.readWhile { $0.isASCIILetter || $0 == UInt8(ascii: "-") || $0 >= 0x80 }
        // Division words are 4 to 13 letters long ("Deel" … "Onderafdeling"): skip the rest cheaply.
        guard (4...14).contains(wordRange.count) else { return nil }
        let word = cursor.string(wordRange)
        guard let kind = DivisionKind.named(word) else { return nil }
        let afterWord = cursor.position
        cursor.skipSpaces()
        if strict, cursor.position == afterWord, !cursor.isAtEnd, cursor.current != UInt8(ascii: ".") { return nil }
        // The number: `Ier`, `1er`, `II`, `2.1`, `1ère`, `premier` — up to a space, `.` + space, or the end.
        var numberEnd = cursor.position
        var scan = cursor
        while let b = scan.current, b != 0x20, b != UInt8(ascii: "*") {
            if b == UInt8(ascii: "."), scan.peek(1) == nil || scan.peek(1) == 0x20 || scan.peek(1) == UInt8(ascii: "*") { break }
            scan.position += 1
            numberEnd = scan.position
        }
        let number = cursor.string(cursor.position..<numberEnd)
        if !number.isEmpty {
            guard number.unicodeScalars.first.map({ CharacterSetLike.isDigitOrRoman($0) || number.lowercased() == "premier" || number.lowercased() == "unique" }) == true,
                  number.utf8.count <= 24 else { return nil }
        }
        cursor.position = numberEnd
        _ = cursor.read(".")
        cursor.skipSpaces()
        _ = cursor.readWhile { $0 == UInt8(ascii: "*") }
        if cursor.isAtEnd {
            return .division(kind: kind, word: word, number: number, heading: "")
        }
        var separator = cursor
        if separator.readDash() {
            separator.skipSpaces()
            let heading = cursor.string(separator.position..<separator.end).trimmingSpaces.trimmingMarkdownEmphasis
            return .division(kind: kind, word: word, number: number, heading: heading)
        }
        if strict { return nil }
        let heading = cursor.string(cursor.position..<cursor.end).trimmingSpaces.trimmingMarkdownEmphasis
        return .division(kind: kind, word: word, number: number, heading: heading)
    }

    // MARK: Article headings

    /// `**Article 1er.**`, `**Art. 2.**`, `Art. 155.1 -`, `Article  1er.`, `Artikel 5.`,
    /// `***Article 22ter***`. The number is kept as written.
    private func readArticleHeading(_ start: ByteCursor) -> LineKind? {
        var cursor = start
        let stars = cursor.readWhile { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }
        let bold = !stars.isEmpty
        guard cursor.read("Art") else { return nil }
        let abbreviated: Bool
        if cursor.read(".") {
            abbreviated = true
        } else if cursor.read("icle") || cursor.read("ikel") {
            abbreviated = false
        } else {
            return nil
        }
        // `Art.VI.3-5.` (2023200641, art. 2, hand check 10): the act left out the space; a
        // number (a digit or a capital) right after `Art.` is still the heading's.
        guard cursor.skipSpaces() > 0 || (abbreviated && (cursor.current?.isASCIIDigit == true || cursor.current?.isASCIIUpper == true)) else { return nil }
        // The number: a run without spaces or `*`; a final `.` ends the heading.
        let numberRange = cursor.readWhile { $0 != 0x20 && $0 != 0x09 && $0 != UInt8(ascii: "*") && $0 != 0xC2 }
        // A no-break space ends the number; any other character is part of it (`1er.«`,
        // like `1er."`, is no number).
        if cursor.current == 0xC2, cursor.peek(1) != 0xA0 { return nil }
        var (number, terminated) = Self.number(numberRange, cursor)
        if !ArticleHeadingNumber.isValid(number), !terminated, !bold, let glued = Self.gluedText(numberRange, cursor) {
            // `Article  1er.L'Etat …`: Justel's heading glued to the article's first word.
            number = cursor.string(numberRange.lowerBound..<glued - 1)
            guard ArticleHeadingNumber.isValid(number) else { return nil }
            return .article(number: number, bold: bold, restStart: glued)
        }
        guard ArticleHeadingNumber.isValid(number) else { return nil }
        if !terminated {
            var look = cursor
            if look.current == UInt8(ascii: "*") {
                terminated = true
            } else {
                look.skipSpaces()
                if look.readDash(), look.isAtEnd || look.current == 0x20 || look.current == UInt8(ascii: "*") {
                    cursor = look
                    terminated = true
                } else if look.isAtEnd, bold {
                    terminated = true
                }
            }
        }
        guard terminated else { return nil }
        _ = cursor.readWhile { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }
        var afterDash = cursor
        afterDash.skipSpaces()
        if afterDash.readDash() { cursor = afterDash }
        cursor.skipSpaces()
        return .article(number: number, bold: bold, restStart: cursor.position)
    }

    /// A heading's number run without its final dot (`1er.` → `1er`), and whether it had one.
    private static func number(_ range: Range<Int>, _ cursor: ByteCursor) -> (String, terminated: Bool) {
        let last = range.upperBound - 1
        // A dot after an ASCII character (or alone) is a character of its own: cut on the bytes.
        if last >= range.lowerBound, cursor.byte(at: last) == UInt8(ascii: "."),
           last == range.lowerBound || cursor.byte(at: last - 1).map({ $0 < 0x80 }) == true {
            return (cursor.string(range.lowerBound..<last), true)
        }
        var number = cursor.string(range)
        guard number.hasSuffix(".") else { return (number, false) }
        number.removeLast()
        return (number, true)
    }

    /// In a heading's number run (`1er.L'Etat`), where the text glued after the number's
    /// dot starts: the first dot followed by a capital letter, with a number before it;
    /// `nil` when there is none.
    private static func gluedText(_ range: Range<Int>, _ cursor: ByteCursor) -> Int? {
        var k = range.lowerBound + 1
        while k + 1 < range.upperBound {
            if cursor.byte(at: k) == UInt8(ascii: "."), let next = cursor.byte(at: k + 1), next.isASCIIUpper {
                return cursor.byte(at: range.lowerBound).map(\.isASCIIDigit) == true ? k + 1 : nil
            }
            k += 1
        }
        return nil
    }

    // MARK: Paragraphs

    /// `§ 1er. rest`, `§ 2 - rest`, `§ 2bis.`, `§ 2/1.`, `§ 1` alone.
    private func readParagraphStart(_ start: ByteCursor) -> LineKind? {
        var cursor = start
        guard cursor.read("§") else { return nil }
        cursor.skipSpaces()
        let numberRange = cursor.readWhile { $0.isASCIIDigit || $0.isASCIILetter || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") }
        var (number, terminated) = Self.number(numberRange, cursor)
        guard let first = number.utf8.first, first.isASCIIDigit, number.utf8.count <= 12,
              ArticleHeadingNumber.isParagraphNumber(number) else { return nil }
        var look = cursor
        var withoutPoint = false
        if terminated {
            guard look.isAtEnd || look.skipSpaces() > 0 else { return nil }
        } else {
            let spaces = look.skipSpaces()
            if look.isAtEnd {
                terminated = true
            } else if look.readDash() {
                guard look.isAtEnd || look.skipSpaces() > 0 else { return nil }
                terminated = true
            } else if spaces > 0, let next = look.current,
                      next.isASCIIUpper || (next == 0xC3 && look.peek(1).map { (0x80...0x9E).contains($0) } == true) {
                // `§ 1er Les co-accueillants …`: a heading that lost its point (a sentence
                // starting with `§ 2 du …` goes on in lower case).
                terminated = true
                withoutPoint = true
            }
        }
        guard terminated else { return nil }
        var rest = look
        rest.skipSpaces()
        if rest.readDash() { rest.skipSpaces(); look = rest }
        look.skipSpaces()
        return .paragraph(number: number, restStart: look.position, withoutPoint: withoutPoint)
    }

    // MARK: Points

    /// `1°`, `8.1°`, `2/1°`, `1°bis`, `a)`, `a/1)`, `ii)`, `-`, `–`, and in markdown `1.`.
    private func readPoint(_ start: ByteCursor) -> LineKind? {
        var cursor = start
        if let c = cursor.current, c.isASCIIDigit {
            let numberRange = cursor.readWhile { $0.isASCIIDigit || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }
            let number = cursor.string(numberRange)
            // Digits alone (no `.` or `/`), looked at as bytes: `String.contains` of a
            // string goes through Foundation's search (a tenth of reading a file, perf).
            let digitsOnly = !number.utf8.contains { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "/") }
            if cursor.read("°") {
                // `1°/1 text`: a point inserted after the 1°, numbered from it.
                if digitsOnly, cursor.current == UInt8(ascii: "/") {
                    var after = cursor
                    _ = after.read("/")
                    let digits = after.readWhile { $0.isASCIIDigit }
                    if !digits.isEmpty, digits.count <= 3, after.skipSpaces() > 0, !after.isAtEnd {
                        return .point(kind: .degree, value: number + "°/" + after.string(digits), fromList: false, restStart: after.position)
                    }
                }
                let suffix = cursor.readWhile { $0.isASCIILower }
                guard ArticleNumber.latinSuffixesOrEmpty(cursor.string(suffix)) else { return nil }
                guard cursor.isAtEnd || cursor.skipSpaces() > 0 || cursor.current == UInt8(ascii: ",") else { return nil }
                guard !number.hasSuffix("."), !number.hasSuffix("/") else { return nil }
                return .point(kind: .degree, value: number + cursor.string(suffix), fromList: false, restStart: cursor.position)
            }
            // `1) text`: a numbered point written with a parenthesis.
            if digitsOnly, number.utf8.count <= 3, cursor.read(")") {
                guard cursor.skipSpaces() > 0, !cursor.isAtEnd else { return nil }
                return .point(kind: .number, value: number, fromList: false, restStart: cursor.position)
            }
            // `1. text`: a markdown list item stands for `1°` in converted texts.
            if format == .markdown, number.hasSuffix("."), !number.utf8.dropLast().contains(UInt8(ascii: ".")), number.utf8.count <= 4,
               cursor.skipSpaces() > 0 {
                // `1. /2 text`: Justel's conversion of `1°/2` (the sign turned into a list
                // item's dot); words never begin with `/` and digits.
                if cursor.current == UInt8(ascii: "/") {
                    var after = cursor
                    _ = after.read("/")
                    let digits = after.readWhile { $0.isASCIIDigit }
                    if !digits.isEmpty, digits.count <= 3, after.skipSpaces() > 0, !after.isAtEnd {
                        return .point(kind: .degree, value: String(number.dropLast()) + "°/" + after.string(digits), fromList: true, restStart: after.position)
                    }
                }
                return .point(kind: .degree, value: String(number.dropLast()), fromList: true, restStart: cursor.position)
            }
            return nil
        }
        if let c = cursor.current, c.isASCIILower {
            let valueRange = cursor.readWhile { $0.isASCIILower || $0.isASCIIDigit || $0 == UInt8(ascii: "/") }
            guard valueRange.count <= 6, cursor.read(")") else { return nil }
            guard cursor.isAtEnd || cursor.skipSpaces() > 0 else { return nil }
            let value = cursor.string(valueRange)
            // Up to three letters (`a`, `aa`) or a roman numeral; `a/1` extends a letter.
            let base = value.split(separator: "/").first.map(String.init) ?? value
            guard base.count <= 2 || PointLabel.isRoman(base) else { return nil }
            return .point(kind: .letter, value: value, fromList: false, restStart: cursor.position)
        }
        if cursor.readDash() || cursor.read("\u{2022}") {
            guard cursor.skipSpaces() > 0, !cursor.isAtEnd else { return nil }
            return .point(kind: .dash, value: "", fromList: false, restStart: cursor.position)
        }
        return nil
    }
}

/// What an article or paragraph number may look like.
enum ArticleHeadingNumber {
    /// `1er`, `2`, `2bis`, `4/1`, `155.1`, `L1122-30`, `D.29-1`, `R.12`, `XI.172`, `1.1.1`,
    /// `N1`, `premier`, `unique`: at most 24 bytes, with a digit (or one of the two words).
    static func isValid(_ number: String) -> Bool {
        guard !number.isEmpty, number.utf8.count <= 24 else { return false }
        // « premier » and « unique » in any case, compared byte by byte (no lowercased copy
        // of every article's number: only ASCII letters lower to these words' letters).
        // The lengths first: comparing the views element by element costs more than the
        // rest of this check, for every article of an act (perf).
        let length = number.utf8.count
        if (length == 7 && number.utf8.elementsEqual("premier".utf8, by: Self.sameLetterIgnoringCase))
            || (length == 6 && number.utf8.elementsEqual("unique".utf8, by: Self.sameLetterIgnoringCase)) { return true }
        // One pass over the bytes (in place: a `UTF8View` walked element by element cost
        // more than the rest of the reading of a heading): a digit somewhere, an ASCII digit
        // or capital first, and only letters, digits, `.`, `/` and `-`.
        var number = number
        return number.withUTF8 { bytes in
            guard bytes[0].isASCIIDigit || bytes[0].isASCIIUpper else { return false }
            var hasDigit = false
            for byte in bytes {
                if byte.isASCIIDigit { hasDigit = true; continue }
                guard byte.isASCIILetter || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") else { return false }
            }
            return hasDigit
        }
    }

    /// True when `byte` is the ASCII lowercase letter `lower` or its capital.
    private static func sameLetterIgnoringCase(_ byte: UInt8, _ lower: UInt8) -> Bool {
        byte == lower || byte == lower - 0x20
    }

    /// `1er`, `2`, `2bis`, `2/1`: digits, then an optional ordinal or latin suffix.
    static func isParagraphNumber(_ number: String) -> Bool {
        let letters = number.drop { $0.isASCIIDigit || $0 == "/" }
        return letters.isEmpty || letters == "er" || ArticleNumber.latinSuffixesOrEmpty(String(letters))
            || letters.allSatisfy({ $0.isASCIIDigit || $0 == "/" || $0 == "." })
    }
}

enum CharacterSetLike {
    static func isDigitOrRoman(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || "IVXLCivxlc".unicodeScalars.contains(scalar)
    }
}

extension ArticleNumber {
    /// True for an empty string or a latin suffix (`bis`, `ter`, …).
    static func latinSuffixesOrEmpty(_ text: String) -> Bool {
        text.isEmpty || latinSuffixes.contains(text)
    }
}

extension String {
    /// The text without surrounding `*` and `_` (markdown emphasis).
    var trimmingMarkdownEmphasis: String {
        var s = Substring(self)
        while let f = s.first, f == "*" || f == "_" { s.removeFirst() }
        while let l = s.last, l == "*" || l == "_" { s.removeLast() }
        return s.trimmingSpaces
    }
}
