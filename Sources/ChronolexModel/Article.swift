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
    public var text: String { sentences.map(\.text).joined(separator: " ") }
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
    public var text: String { sentences.map(\.text).joined(separator: " ") }
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
    /// `a`, `a/1`, `ii`; empty for a dash.
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }

    /// The label as printed in a normalised text: `1°`, `1°bis`, `a)`, `ii)`, `-`.
    public var description: String {
        switch kind {
        case .degree:
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
public struct Sentence: Hashable, Sendable {
    public var text: String
    public var range: SourceRange?
    public init(_ text: String, range: SourceRange? = nil) {
        self.text = text
        self.range = range
    }
}
