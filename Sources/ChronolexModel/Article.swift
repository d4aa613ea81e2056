/// An article: the unit that is cited and amended. Its number is kept as written
/// (`1er`, `2bis`, `4/1`, `155.1`, `L1122-30`, `XI.172`).
///
/// An article either has numbered paragraphs (§) or has none; an article without
/// paragraphs holds exactly one ``Paragraph`` whose `number` is `nil`.
public struct Article: Hashable, Sendable {
    public var number: String
    public var paragraphs: [Paragraph]
    public var status: UnitStatus
    public var range: SourceRange?
    /// The footnotes Justel prints under the article of a consolidated text.
    public var footnotes: [JustelFootnote] = []

    public init(number: String, paragraphs: [Paragraph] = [], status: UnitStatus = .inForce, range: SourceRange? = nil) {
        self.number = number
        self.paragraphs = paragraphs
        self.status = status
        self.range = range
    }

    /// True when the article is divided into numbered paragraphs (§).
    public var hasParagraphs: Bool { paragraphs.contains { $0.number != nil } }

    /// All alinéas of the article, across its paragraphs.
    public var alineas: [Alinea] { paragraphs.flatMap(\.alineas) }
}

/// A paragraph (`§ 1er`, `§ 2bis`, `§ 2/1`; Dutch `§ 1`), or the unnumbered body of an
/// article that has no paragraphs.
public struct Paragraph: Hashable, Sendable {
    /// The number as written (`1er`, `2bis`), or `nil` for an article without paragraphs.
    public var number: String?
    public var alineas: [Alinea]
    public var status: UnitStatus
    public var range: SourceRange?

    public init(number: String?, alineas: [Alinea] = [], status: UnitStatus = .inForce, range: SourceRange? = nil) {
        self.number = number
        self.alineas = alineas
        self.status = status
        self.range = range
    }
}

/// An alinéa (Dutch `lid`): a block of text that starts on a new line. Alinéas are not
/// numbered in the text; they are counted from 1 inside their paragraph or article.
/// An enumeration belongs to the alinéa that introduces it.
public struct Alinea: Hashable, Sendable {
    public var sentences: [Sentence]
    /// The enumeration this alinéa introduces (`1°`, `2°`, … or `a)`, `b)`, … or dashes).
    public var points: [Point]
    public var status: UnitStatus
    public var range: SourceRange?
    /// In a Justel consolidation, the words marked `[1 … ]1`.
    public var marks: [JustelMark] = []

    public init(sentences: [Sentence] = [], points: [Point] = [], status: UnitStatus = .inForce, range: SourceRange? = nil) {
        self.sentences = sentences
        self.points = points
        self.status = status
        self.range = range
    }

    /// The alinéa's own words (its enumeration excluded), sentences joined by a space.
    public var text: String { Sentence.joined(sentences) }
}

/// A point of an enumeration: `1°`, `8.1°`, `1°bis`, `a)`, `a/1)`, `i)` or a dash, with
/// its words and the enumeration nested under it.
public struct Point: Hashable, Sendable {
    public var label: PointLabel
    public var sentences: [Sentence]
    public var points: [Point]
    public var status: UnitStatus
    public var range: SourceRange?
    /// In a Justel consolidation, the words marked `[1 … ]1`.
    public var marks: [JustelMark] = []

    public init(label: PointLabel, sentences: [Sentence] = [], points: [Point] = [], status: UnitStatus = .inForce, range: SourceRange? = nil) {
        self.label = label
        self.sentences = sentences
        self.points = points
        self.status = status
        self.range = range
    }

    /// The point's own words (without its label and its sub-points).
    public var text: String { Sentence.joined(sentences) }
}

/// The label of a point, and the level it stands for.
public struct PointLabel: Hashable, Sendable, CustomStringConvertible {
    /// The levels of an enumeration, from the outermost.
    public enum Kind: String, Hashable, Sendable {
        /// `1°`, `2/1°`, `8.1°`, `1°bis`
        case degree
        /// `1)`, `2)`: a numbered enumeration written with a parenthesis, at the level of `1°`.
        case number
        /// `a)`, `b)`, `a/1)`
        case letter
        /// `i)`, `ii)`, `iv)`
        case roman
        /// `-`, `–`
        case dash

        /// Outer levels have smaller ranks; a point holds only points of greater rank.
        public var rank: Int {
            switch self {
            case .degree, .number: 0
            case .letter: 1
            case .roman: 2
            case .dash: 3
            }
        }
    }

    public var kind: Kind
    /// The label's number or letter without its mark: `1`, `8.1`, `1bis` (for `1°bis`),
    /// `a`, `a/1`, `ii`; empty for a dash. A point inserted after another and numbered
    /// from it with the sign first keeps it: `1°/1` (printed so), which is `1/1°` cited the
    /// other way.
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// The label as printed in a normalised text: `1°`, `1°bis`, `a)`, `ii)`, `-`.
    public var description: String {
        switch kind {
        case .degree:
            // Digits alone (most labels): the sign after them.
            if value.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { return value + "°" }
            // `1°/1`: the sign is in the value, where the text writes it.
            if value.contains("°") { return value }
            // `1bis` prints as `1°bis`: the suffix follows the degree sign.
            if let split = value.firstIndex(where: { $0.isLetter }), value[..<split].allSatisfy({ $0.isNumber || $0 == "." || $0 == "/" }) {
                return value[..<split] + "°" + value[split...]
            }
            return value + "°"
        case .letter, .roman, .number: return value + ")"
        case .dash: return "-"
        }
    }
}

/// A sentence (`phrase`, `zin`), counted inside its alinéa or point. Quoted text that
/// spans several lines (a replacement text in an amending act) stays inside the sentence
/// that quotes it, its line breaks kept as `\n`.
///
/// A sentence read from a file does not copy its words: it is a stretch of the file's
/// bytes (or, where the reader changed them — quotation marks written « », lines of a
/// quotation joined —, of its unit's words, kept once for all the unit's sentences). A
/// sentence made in code holds a string of its own. Either way ``text`` gives the words,
/// and two sentences are equal when their words (compared as strings) and ranges are.
public struct Sentence: Hashable, Sendable {
    private var words: Words
    public var range: SourceRange?

    /// Where a sentence's words are kept.
    private enum Words: Sendable {
        case string(String)
        /// `count` bytes of shared UTF-8 text from `offset`.
        case shared(SharedText, offset: UInt32, count: UInt32)
    }

    public init(_ text: String, range: SourceRange? = nil) {
        self.words = .string(text)
        self.range = range
    }

    /// A sentence whose words are `count` bytes of `text` from `offset` (whole UTF-8
    /// characters; not copied).
    package init(_ text: SharedText, offset: Int, count: Int, range: SourceRange?) {
        precondition(offset >= 0 && count >= 0 && offset + count <= text.bytes.count && offset + count <= Int(UInt32.max))
        self.words = .shared(text, offset: UInt32(offset), count: UInt32(count))
        self.range = range
    }

    /// The words of the sentence.
    public var text: String {
        get {
            switch words {
            case .string(let string): return string
            case .shared: return withUTF8 { String(decoding: $0, as: UTF8.self) }
            }
        }
        set { words = .string(newValue) }
    }

    /// Calls `body` with the UTF-8 bytes of the words, without making a string of them.
    public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        switch words {
        case .string(var string):
            return try string.withUTF8(body)
        case .shared(let text, let offset, let count):
            return try text.bytes.withUnsafeBufferPointer { all in
                try body(UnsafeBufferPointer(rebasing: all[Int(offset)..<Int(offset + count)]))
            }
        }
    }

    /// True when the sentence has no words.
    public var isEmpty: Bool {
        switch words {
        case .string(let string): string.isEmpty
        case .shared(_, _, let count): count == 0
        }
    }

    /// The words of the sentences joined by a space (a unit's text), made in one piece: a
    /// single sentence's text shared, several sentences' bytes joined in one buffer and made
    /// a string once.
    public static func joined(_ sentences: [Sentence]) -> String {
        if sentences.count == 1 { return sentences[0].text }
        var bytes: [UInt8] = []
        for (index, sentence) in sentences.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            sentence.withUTF8 { bytes.append(contentsOf: $0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func == (lhs: Sentence, rhs: Sentence) -> Bool {
        lhs.range == rhs.range && lhs.hasSameWords(as: rhs)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(range)
    }

    /// True when the words are the same string, as `String` compares them: the same bytes,
    /// or (only when some are not ASCII) canonically equivalent characters.
    private func hasSameWords(as other: Sentence) -> Bool {
        if case .string(let left) = words, case .string(let right) = other.words { return left == right }
        let (sameBytes, ascii) = withUTF8 { left in
            other.withUTF8 { right in
                (left.elementsEqual(right), !left.contains { $0 >= 0x80 } && !right.contains { $0 >= 0x80 })
            }
        }
        if sameBytes { return true }
        if ascii { return false }
        return text == other.text
    }
}

/// UTF-8 text that sentences share instead of copying it: the bytes of the file an act
/// was read from, or the words of a unit as the reader wrote them. Never changed once made.
package final class SharedText: Sendable {
    package let bytes: [UInt8]

    package init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }
}
